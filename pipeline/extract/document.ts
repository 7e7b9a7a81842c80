import type { Extraction } from '../extract/index.ts';
import { documentId } from '../extract/index.ts';
import { DEFAULT_LANGUAGE, detectLanguage, isSupportedLanguage } from '../lang/index.ts';
import type { LanguageCode, UnDocument } from '../model/index.ts';
import { InputError } from '../errors.ts';

/** The document as it stands right after extraction: text, pages and language, nothing segmented yet. */
export function newDocument(extraction: Extraction, bytes: Uint8Array, lang?: LanguageCode): UnDocument {
  const detected = lang ?? detectLanguage(extraction.rawText);
  const chosen = detected ?? DEFAULT_LANGUAGE;
  if (!isSupportedLanguage(chosen)) {
    throw new InputError(extraction.source.name, `the letter is in a language not supported yet (${chosen})`);
  }
  const warnings = [...(extraction.warnings ?? [])];
  if (!detected) warnings.push(`language could not be detected; assumed ${DEFAULT_LANGUAGE}`);
  // An override is obeyed, but a wrong one silently spoils segmentation: say what the text reads as.
  const read = lang ? detectLanguage(extraction.rawText) : undefined;
  if (read && read !== lang) warnings.push(`language forced to ${lang}; the text reads as ${read}`);
  return {
    schemaVersion: '1',
    id: documentId(bytes),
    source: extraction.source,
    lang: chosen,
    langSource: lang ? 'option' : 'detected',
    rawText: extraction.rawText,
    text: extraction.rawText,
    ...(extraction.pages ? { pages: extraction.pages } : {}),
    letter: {
      kind: 'single',
      title: { id: 'letter.title', text: '' },
      senders: [],
      addressees: [],
      body: [],
      signatures: [],
    },
    annexes: [],
    entities: [],
    repairs: [],
    suggestions: [],
    warnings,
  };
}
