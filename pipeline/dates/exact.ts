/**
 * UN date forms in running text: `7 décembre 2011`, `1er janvier 2018`, `les 26 et 27 mars 2012`,
 * `du 3 au 5 mai 2010`, `juin 2012`, `December 7, 2011`. Month names come from the language resources.
 */
import type { LanguageResources } from '../lang/types.ts';
import { dateLinks, monthAlternation, monthNumber, yearWords } from './months.ts';

export interface DateMatch {
  /** Offsets in the searched text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** ISO 8601: `2011-12-07`, a month `2012-06`, or a range `2012-03-26/2012-03-27`. */
  iso: string;
  precision: 'day' | 'month' | 'range';
}

const patternCache = new WeakMap<LanguageResources, RegExp>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function datePattern(language: LanguageResources): RegExp {
  const cached = patternCache.get(language);
  if (cached) return cached;
  const months = monthAlternation(language);
  // `14 de marzo de 2016`, `14 марта 2016 года`: the language's words around the month and after the year.
  const toMonth = dateLinks(language.dates.dayMonthLinks);
  const toYear = dateLinks(language.dates.monthYearLinks);
  const after = yearWords(language);
  const suffix = language.dates.daySuffixes.length
    ? `(?:${language.dates.daySuffixes.map(escape).join('|')})?`
    : '';
  const joiners = language.dates.rangeJoiners.map(escape).join('|');
  const day = `([0-3]?\\d)${suffix}`;
  const source = [
    // day [joiner day] month year  (7 décembre 2011, 26 et 27 mars 2012)
    `(?:${day}(?:\\s+(?:${joiners})\\s+${day})?${toMonth}\\s+(${months})${toYear}\\s+(\\d{4})${after})`,
    // month day[, ] year  (December 7, 2011; March 26 and 27, 2012)
    `(?:(${months})\\s+${day}(?:\\s+(?:${joiners})\\s+${day})?,?\\s+(\\d{4}))`,
    // month year  (juin 2012)
    `(?:(${months})${toYear}\\s+(\\d{4})${after})`,
  ].join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'giu');
  patternCache.set(language, pattern);
  return pattern;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Every date expression in `text`, in order. */
export function findDates(text: string, language: LanguageResources): DateMatch[] {
  const pattern = datePattern(language);
  const monthIndex = (name: string) => monthNumber(language, name);
  const matches: DateMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const [whole, d1, d2, m1, y1, m2, d3, d4, y2, m3, y3] = match;
    const start = match.index;
    let result: Pick<DateMatch, 'iso' | 'precision'> | undefined;
    if (m1 && y1) {
      result = dayOrRange(Number(y1), monthIndex(m1), Number(d1), d2 ? Number(d2) : undefined);
    } else if (m2 && y2) {
      result = dayOrRange(Number(y2), monthIndex(m2), Number(d3), d4 ? Number(d4) : undefined);
    } else if (m3 && y3) {
      result = { iso: `${y3}-${pad(monthIndex(m3))}`, precision: 'month' };
    }
    if (result) matches.push({ start, end: start + whole.length, text: whole, ...result });
  }
  return matches;
}

function dayOrRange(
  year: number,
  month: number,
  first: number,
  last: number | undefined,
): Pick<DateMatch, 'iso' | 'precision'> | undefined {
  const from = isoDay(year, month, first);
  if (!from) return undefined;
  if (last === undefined) return { iso: from, precision: 'day' };
  const to = isoDay(year, month, last);
  return to ? { iso: `${from}/${to}`, precision: 'range' } : undefined;
}

/** The first single-day date in `text` as `YYYY-MM-DD`, or undefined. */
export function firstDay(text: string, language: LanguageResources): string | undefined {
  return findDates(text, language).find((date) => date.precision === 'day')?.iso;
}
