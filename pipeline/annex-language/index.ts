import type { Annex, Block, LanguageCode, UnDocument } from '../model/index.ts';
import { detectLanguage } from './index.ts';

/**
 * Below this many letters an annex's language is not claimed: franc's guesses on a heading and a date
 * line alone are noise, and an annex too short to tell is taken to share the letter's language.
 */
export const MINIMUM_ANNEX_LETTERS = 120;

/**
 * Sets `Annex.lang` on every annex whose text is in another language than the document's (a letter in
 * French transmitting a statement reproduced in English), and clears it where the languages agree.
 * Runs after segmentation, which is what tells where an annex starts.
 */
export function detectAnnexLanguages(document: UnDocument): UnDocument {
  let changed = false;
  const annexes = document.annexes.map((annex) => {
    const detected = annexLanguage(annex);
    const lang = detected !== undefined && detected !== document.lang ? detected : undefined;
    if (lang === annex.lang) return annex;
    changed = true;
    const { lang: _previous, ...rest } = annex;
    return lang ? { ...rest, lang } : rest;
  });
  return changed ? { ...document, annexes } : document;
}

/** The language of one annex's own text, or undefined when there is too little text to tell. */
export function annexLanguage(annex: Annex): LanguageCode | undefined {
  const text = annexText(annex);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MINIMUM_ANNEX_LETTERS) return undefined;
  return detectLanguage(text);
}

/** Everything the annex says, heading to closing, one piece per line. */
export function annexText(annex: Annex): string {
  const pieces: string[] = [annex.heading.text];
  if (annex.title) pieces.push(annex.title.text);
  if (annex.dateLine) pieces.push(annex.dateLine.text);
  for (const block of [...annex.body, ...annex.closing]) collectBlockText(block, pieces);
  for (const signature of annex.signatures) pieces.push(...signature.roles);
  return pieces.filter((piece) => piece !== '').join('\n');
}

function collectBlockText(block: Block, pieces: string[]): void {
  if (block.type === 'section') {
    if (block.heading) pieces.push(block.heading.text);
    for (const child of block.children) collectBlockText(child, pieces);
  } else if (block.type === 'paragraph') {
    pieces.push(block.text);
    for (const child of block.children ?? []) collectBlockText(child, pieces);
  } else {
    for (const item of block.items) {
      pieces.push(item.text);
      for (const child of item.children ?? []) collectBlockText(child, pieces);
    }
  }
}
