/**
 * Words around the parts of a date that some languages write (`de` in `14 de marzo de 2016`, `года` after
 * the year in `14 марта 2016 года`), and the month helpers of exact.ts for the other date readers.
 */
import type { LanguageResources } from '../lang/types.ts';
import { monthAlternation, monthNumber } from './exact.ts';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source of any written form of any month (no group). */
export { monthAlternation };

/** The month (1–12) a word names, or 0. */
export function monthOf(language: LanguageResources, word: string): number {
  return monthNumber(word, language);
}

/** Optional words between two parts of a date (`de` in `14 de marzo`): regex source with its leading space, or ''. */
export function dateLinks(words: readonly string[] | undefined): string {
  return words?.length ? `(?:\\s+(?:${words.map(escape).join('|')}))?` : '';
}

/** Optional words after the year (`года`): regex source, or ''. */
export function yearWords(language: LanguageResources): string {
  const words = language.dates.yearWords;
  return words?.length ? `(?:\\s+(?:${words.map(escape).join('|')})(?![\\p{L}]))?` : '';
}
