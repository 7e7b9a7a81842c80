import anyAscii from 'any-ascii';
import { withoutAccents } from '../lang/names/romanization.ts';
import type { WordJoining } from '../lang/types.ts';
import { escapeRegExp } from '../regexp.ts';

export { escapeRegExp };
/** Small text helpers shared by the entity recognizers. */

/** Typewriter apostrophes become typographic ones; the length is kept so offsets stay valid. */
export function normalizeApostrophes(text: string): string {
  return text.replace(/['ʼ`]/g, '’');
}

/**
 * Lower-case ASCII slug without diacritics: `Ahmet Davutoğlu` → `ahmet-davutoglu`. Letters that Unicode does
 * not decompose are transliterated by any-ascii (`Đurić` → `duric`, `Łódź` → `lodz`, `Søren` → `soren`), and
 * so are other scripts (`Сергей Лавров` → `sergey-lavrov`).
 */
export function slug(text: string): string {
  return anyAscii(withoutAccents(normalizeApostrophes(text)))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A literal phrase as a pattern where any run of white space matches its spaces. */
export function phrasePattern(phrase: string): string {
  return normalizeApostrophes(phrase).split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** Collapses white space and normalizes apostrophes, for comparing mention texts. */
export function canonicalText(text: string): string {
  return normalizeApostrophes(text).replace(/\s+/g, ' ').trim();
}

/** Alternatives longest first, so that a regular expression prefers the longest form at one place. */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set([...phrases].map(normalizeApostrophes))].filter((phrase) => phrase.length > 0);
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map(phrasePattern).join('|');
}

export const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

/** Look-behind and look-ahead that keep a name from being read inside a longer word. */
export interface NameBounds {
  before: string;
  after: string;
}

/**
 * The bounds of a name in a language: by default no letter or digit glued to either side; in a language
 * without spaces (Chinese) only a Latin letter, a digit or a letter that makes a longer word (`wordEndings`); after a language's proclitics (Arabic `و`, `ل`),
 * which stay outside the mention.
 */
export function nameBounds(joining: WordJoining | undefined): NameBounds {
  if (joining?.unspaced) {
    // A word that opens with such a letter but is a word of its own after the name stays outside (`团长` after `援助团`).
    const allowed = joining.wordsAfterName?.length ? `(?!${alternation(joining.wordsAfterName)})` : '';
    const endings = joining.wordEndings?.length ? `|${allowed}(?:${alternation(joining.wordEndings)})` : '';
    return { before: '(?<![\\p{Script=Latin}\\p{N}])', after: `(?![\\p{Script=Latin}\\p{N}]${endings})` };
  }
  const after = `(?!${LETTER_OR_DIGIT})`;
  if (joining?.proclitics?.length) return { before: `(?<=(?:^|[^\\p{L}\\p{N}])(?:${alternation(joining.proclitics)})?)`, after };
  return { before: `(?<!${LETTER_OR_DIGIT})`, after };
}
