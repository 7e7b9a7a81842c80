/**
 * Words around the parts of a date that some languages write (`de` in `14 de marzo de 2016`, `года` after
 * the year in `14 марта 2016 года`). The month words themselves are read by exact.ts (`monthAlternation`, `monthNumber`).
 */
import type { LanguageResources } from '../lang/types.ts';
import { escapeRegExp } from '../regexp.ts';

/** Optional words between two parts of a date (`de` in `14 de marzo`): regex source with its leading space, or ''. */
export function dateLinks(words: readonly string[] | undefined): string {
  return words?.length ? `(?:\\s+(?:${words.map(escapeRegExp).join('|')}))?` : '';
}

/** Optional words after the year (`года`): regex source, or ''. */
export function yearWords(language: LanguageResources): string {
  const words = language.dates.yearWords;
  return words?.length ? `(?:\\s+(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}]))?` : '';
}
