/**
 * The `annex-language` stage: tells, once segmentation has found where each annex starts, which annexes
 * are in another language than their letter (a letter in French transmitting a statement reproduced in
 * English). It reads the text the way the whole document's language is read (franc, scripts).
 */
import { defaultLanguages, detectLanguage, type LanguageRegistry } from '../lang/index.ts';
import type { Annex, LanguageCode, UnDocument } from '../model/index.ts';
import { annexTextNodes, mapAnnexes } from '../model/text-nodes.ts';
import type { NoOptions, Stage } from '../stage.ts';

/**
 * Below this many letters an annex's language is not claimed: franc's guesses on a heading and a date
 * line alone are noise, and an annex too short to tell is taken to share the letter's language.
 */
export const MINIMUM_ANNEX_LETTERS = 120;

/** Sets `Annex.lang` on every annex written in another language than the document, clears it elsewhere. */
export function detectAnnexLanguages(document: UnDocument, languages: LanguageRegistry = defaultLanguages): UnDocument {
  let changed = false;
  const annexes = mapAnnexes(document.annexes, (annex) => {
    const detected = annexLanguage(annex);
    // Only a language the run speaks is claimed: the editions print an annex with its language's words.
    const lang = detected !== undefined && detected !== document.lang && languages.has(detected) ? detected : undefined;
    if (lang === annex.lang) return annex;
    changed = true;
    const { lang: _previous, ...rest } = annex;
    return lang ? { ...rest, lang } : rest;
  });
  return changed ? { ...document, annexes } : document;
}

/** The `annex-language` stage. */
export const annexLanguageStage: Stage<NoOptions, 'annex-language'> = {
  name: 'annex-language',
  run: (document, _options, context) => detectAnnexLanguages(document, context.languages),
};

/** The language of one annex's own text, or undefined when there is too little text to tell. */
export function annexLanguage(annex: Annex): LanguageCode | undefined {
  const text = annexText(annex);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MINIMUM_ANNEX_LETTERS) return undefined;
  return detectLanguage(text);
}

/**
 * What the annex says, heading to closing, one piece per line: its signatories' role lines count, their
 * names and honorifics (which say nothing of the language) do not.
 */
export function annexText(annex: Annex): string {
  return annexTextNodes(annex)
    .filter((node) => node.kind !== 'signature' || node.field?.startsWith('roles.'))
    .map((node) => node.text)
    .filter((text) => text !== '')
    .join('\n');
}
