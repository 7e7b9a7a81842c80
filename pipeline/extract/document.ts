import { DEFAULT_LANGUAGE, detectLanguage } from '../lang/index.ts';
import type { LanguageCode, UnDocument } from '../model/index.ts';
import { InputError } from '../errors.ts';
import { stageContext, type StageContext } from '../stage.ts';
import type { Extraction } from './backend.ts';
import { documentId } from './source.ts';

/** Fewest letters of a first page that tell its language. */
const FIRST_PAGE_MIN_LETTERS = 200;

/**
 * The text that tells the document's language: its first page, where the letter stands (an annex in
 * another language, circulated as received, is told apart later by annex-language), unless that page is
 * too short to tell; else the whole text.
 */
function letterText(extraction: Extraction): string {
  const text = extraction.rawText;
  const breakAt = text.indexOf('\f');
  const secondPage = extraction.pages?.[1]?.textOffset;
  const end = breakAt >= 0 ? breakAt : secondPage !== undefined && secondPage > 0 ? secondPage : text.length;
  const firstPage = text.slice(0, end);
  return (firstPage.match(/\p{L}/gu)?.length ?? 0) >= FIRST_PAGE_MIN_LETTERS ? firstPage : text;
}

/**
 * The document as it stands right after extraction: text, pages and language, nothing segmented yet.
 * The language is `lang` when given, else detected; problems go to the context's diagnostics.
 */
export function newDocument(
  extraction: Extraction,
  bytes: Uint8Array,
  lang?: LanguageCode,
  context: Pick<StageContext, 'languages' | 'warn'> = stageContext('extract'),
): UnDocument {
  const detected = lang ?? detectLanguage(letterText(extraction));
  const chosen = detected ?? DEFAULT_LANGUAGE;
  if (!context.languages.has(chosen)) {
    throw new InputError(extraction.source.name, `the letter is in a language not supported yet (${chosen})`);
  }
  for (const report of extraction.diagnostics ?? []) context.warn(report);
  if (!detected) context.warn({ code: 'language-undetected', message: `language could not be detected; assumed ${DEFAULT_LANGUAGE}` });
  // An override is obeyed, but a wrong one silently spoils segmentation: say what the text reads as.
  const read = lang ? detectLanguage(letterText(extraction)) : undefined;
  if (read && read !== lang) context.warn({ code: 'language-mismatch', message: `language forced to ${lang}; the text reads as ${read}` });
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
    warnings: [],
  };
}
