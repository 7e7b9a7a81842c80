/**
 * Dates in OCR'd text, where the month name is damaged (`28 ao(t 2008`, `12 ao(it 2008`). A word between a
 * day number and a four-digit year is read as the month it is closest to, when it is close enough and no
 * other month is as close: the day-word-year frame makes the guess safe.
 */
import { distance as editDistance } from 'fastest-levenshtein';
import type { LanguageResources } from '../lang/types.ts';
import type { DateMatch } from './exact.ts';
import { findDates } from './exact.ts';
import { foldDigits } from './digits.ts';
import { dateLinks, yearWords } from './months.ts';
import { escapeRegExp } from '../regexp.ts';

function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The month (1–12) a damaged word most likely is, or undefined. */
function closestMonth(word: string, language: LanguageResources): number | undefined {
  // Stray glyphs (`ao(t`, `ao(it`) are dropped before comparing letters.
  const folded = fold(word).replace(/[^\p{L}]/gu, '');
  if (folded.length < 3) return undefined;
  let best: number | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const [index, month] of language.months.entries()) {
    const distance = editDistance(folded, fold(month));
    if (distance < bestDistance) {
      best = index + 1;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  if (best === undefined || tie) return undefined;
  const length = fold(language.months[best - 1]!).length;
  const allowed = length <= 3 ? 0 : length <= 4 ? 1 : 2;
  return bestDistance <= allowed ? best : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * `findDates`, plus day-month-year dates whose month word is damaged. The extra matches have precision
 * `day`; ranges and month-only dates are found only when the month is spelled right.
 */
export function findDatesTolerant(text: string, language: LanguageResources): DateMatch[] {
  const exact = findDates(text, language);
  const extra: DateMatch[] = [];
  const suffixes = language.dates.daySuffixes.map(escapeRegExp).join('|');
  const toMonth = dateLinks(language.dates.dayMonthLinks);
  const toYear = dateLinks(language.dates.monthYearLinks);
  const pattern = new RegExp(`(?<![\\p{L}\\d])([0-3]?\\d)(?:${suffixes || '(?!)'})?${toMonth}\\s+([^\\s\\d]{3,12})${toYear}\\s+(\\d{4})${yearWords(language)}(?![\\p{L}\\d])`, 'giu');
  for (const match of foldDigits(text).matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (exact.some((date) => date.start < end && start < date.end)) continue;
    const month = closestMonth(match[2]!, language);
    if (!month) continue;
    const day = Number(match[1]);
    const year = Number(match[3]);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
    extra.push({ start, end, text: text.slice(start, end), iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' });
  }
  return [...exact, ...extra].sort((left, right) => left.start - right.start);
}

/** The first single-day date in `text`, tolerating a damaged month name. */
export function firstDayTolerant(text: string, language: LanguageResources): string | undefined {
  return findDatesTolerant(text, language).find((date) => date.precision === 'day')?.iso;
}
