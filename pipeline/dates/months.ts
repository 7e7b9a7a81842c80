/**
 * Month words of a language: the forms written in dates (`months`) and the other forms read as the same
 * month (`dates.monthForms`: Russian `январь`, `январе` beside the genitive `января`).
 */
import type { LanguageResources } from '../lang/types.ts';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const numbers = new WeakMap<LanguageResources, Map<string, number>>();

/** Every form of every month, lower case, longest first (so that an alternation takes the whole word). */
export function monthWords(language: LanguageResources): string[] {
  return [...monthNumbers(language).keys()].sort((left, right) => right.length - left.length);
}

function monthNumbers(language: LanguageResources): Map<string, number> {
  let found = numbers.get(language);
  if (!found) {
    found = new Map();
    for (const [index, month] of language.months.entries()) found.set(month.toLowerCase(), index + 1);
    for (const [index, forms] of (language.dates.monthForms ?? []).entries()) {
      for (const form of forms) if (!found.has(form.toLowerCase())) found.set(form.toLowerCase(), index + 1);
    }
    numbers.set(language, found);
  }
  return found;
}

/** Regex source of any month word (no group). */
export function monthAlternation(language: LanguageResources): string {
  return monthWords(language).map(escape).join('|');
}

/** The month (1–12) a word names, or 0. */
export function monthNumber(language: LanguageResources, word: string): number {
  return monthNumbers(language).get(word.toLowerCase()) ?? 0;
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
