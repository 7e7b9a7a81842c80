/**
 * UN date forms in running text: `7 décembre 2011`, `1er janvier 2018`, `les 26 et 27 mars 2012`,
 * `du 3 au 5 mai 2010`, `juin 2012`, `December 7, 2011`. Month names come from the language resources.
 */
import type { LanguageResources } from '../lang/types.ts';
import { foldDigits } from './digits.ts';
import { dateLinks, yearWords } from './months.ts';
import { escapeRegExp } from '../regexp.ts';

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

/** Every written form of every month, longest first (so `آذار/مارس` wins over `آذار`), lower case. */
export function monthAlternation(language: LanguageResources): string {
  const forms = language.months.flatMap((month, index) => [month, ...(language.monthForms?.[index] ?? [])]);
  return [...new Set(forms)].sort((left, right) => right.length - left.length).map(escapeRegExp).join('|');
}

/** The month (1–12) a written form names, 0 when none. */
export function monthNumber(name: string, language: LanguageResources): number {
  const lower = name.toLowerCase().replace(/\s*\/\s*/gu, '/');
  const plain = language.months.indexOf(lower);
  if (plain >= 0) return plain + 1;
  const other = language.monthForms?.findIndex((forms) => forms.includes(lower)) ?? -1;
  return other + 1;
}

function datePattern(language: LanguageResources): RegExp {
  const cached = patternCache.get(language);
  if (cached) return cached;
  // A month pair may be written with spaces around its slash (`آذار / مارس`).
  const months = monthAlternation(language).replace(/\//gu, '\\s*/\\s*');
  // `14 de marzo de 2016`, `14 марта 2016 года`: the language's words around the month and after the year.
  const toMonth = dateLinks(language.dates.dayMonthLinks);
  const toYear = dateLinks(language.dates.monthYearLinks);
  const after = yearWords(language);
  const suffix = language.dates.daySuffixes.length
    ? `(?:${language.dates.daySuffixes.map(escapeRegExp).join('|')})?`
    : '';
  const joiners = language.dates.rangeJoiners.map(escapeRegExp).join('|');
  // The text is searched with its digits folded to ASCII (`foldDigits`).
  const day = `([0-3]?\\d)${suffix}`;
  const year = '(\\d{4})';
  const source = [
    // day [joiner day] month year  (7 décembre 2011, 26 et 27 mars 2012, 12 و 13 أيلول/سبتمبر 2016)
    `(?:${day}(?:\\s+(?:${joiners})\\s*${day})?${toMonth}\\s+(${months})${toYear}\\s+${year}${after})`,
    // month day[, ] year  (December 7, 2011; March 26 and 27, 2012)
    `(?:(${months})\\s+${day}(?:\\s+(?:${joiners})\\s+${day})?,?\\s+${year})`,
    // month year  (juin 2012)
    `(?:(${months})${toYear}\\s+${year}${after})`,
  ].join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'giu');
  patternCache.set(language, pattern);
  return pattern;
}

const yearMonthDayCache = new WeakMap<LanguageResources, RegExp>();

/**
 * `2016年3月14日`, `2016年3月14日和15日`, `2016年3月`: numbers with their marks. The marks are the words'
 * edges, so only a digit may not stand right before or after.
 */
function yearMonthDayPattern(language: LanguageResources): RegExp | undefined {
  const marks = language.dates.yearMonthDay;
  if (!marks) return undefined;
  let pattern = yearMonthDayCache.get(language);
  if (!pattern) {
    const joiners = language.dates.rangeJoiners.map(escapeRegExp).join('|');
    const number = (digits: string) => `(\\d${digits})\\s*`;
    const [year, month, day] = [marks.year, marks.month, marks.day].map(escapeRegExp);
    // The year is written once, on the first date: the second bound of a range takes it, and its month
    // when it gives none (`2016年9月12日至14日`, `2025年4月1日至6月30日`, `2025年4月至6月`).
    pattern = new RegExp(
      `(?<!\\d)${number('{4}')}${year}\\s*${number('{1,2}')}${month}(?:\\s*${number('{1,2}')}${day}(?:\\s*(?:${joiners})\\s*(?:${number('{1,2}')}${month}\\s*)?${number('{1,2}')}${day})?|\\s*(?:${joiners})\\s*${number('{1,2}')}${month}(?!\\s*\\d))?`,
      'gu',
    );
    yearMonthDayCache.set(language, pattern);
  }
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
  // Digits of any script are read as numbers; folding keeps every offset (one code unit per digit).
  const folded = foldDigits(text);
  const number = (digits: string) => Number(digits);
  const matches: DateMatch[] = [];
  for (const match of folded.matchAll(pattern)) {
    const [whole, d1, d2, m1, y1, m2, d3, d4, y2, m3, y3] = match;
    const start = match.index;
    let result: Pick<DateMatch, 'iso' | 'precision'> | undefined;
    if (m1 && y1) {
      result = dayOrRange(number(y1), monthNumber(m1, language), number(d1!), d2 ? number(d2) : undefined);
    } else if (m2 && y2) {
      result = dayOrRange(number(y2), monthNumber(m2, language), number(d3!), d4 ? number(d4) : undefined);
    } else if (m3 && y3) {
      const month = monthNumber(m3, language);
      if (month > 0) result = { iso: `${y3}-${pad(month)}`, precision: 'month' };
    }
    if (result) matches.push({ start, end: start + whole.length, text: text.slice(start, start + whole.length), ...result });
  }
  const ordered = yearMonthDayPattern(language);
  if (ordered) {
    for (const match of folded.matchAll(ordered)) {
      const [whole, year, month, first, lastMonth, last, toMonth] = match;
      const start = match.index;
      const result = first === undefined
        ? monthOrRange(Number(year), Number(month), toMonth ? Number(toMonth) : undefined)
        : dayOrRange(Number(year), Number(month), Number(first), last ? Number(last) : undefined, lastMonth ? Number(lastMonth) : undefined);
      if (result) matches.push({ start, end: start + whole.length, text: text.slice(start, start + whole.length), ...result });
    }
    matches.sort((left, right) => left.start - right.start);
  }
  return matches;
}

function dayOrRange(
  year: number,
  month: number,
  first: number,
  last: number | undefined,
  lastMonth = month,
): Pick<DateMatch, 'iso' | 'precision'> | undefined {
  const from = isoDay(year, month, first);
  if (!from) return undefined;
  if (last === undefined) return { iso: from, precision: 'day' };
  const to = isoDay(year, lastMonth, last);
  return to && (lastMonth === month || from < to) ? { iso: `${from}/${to}`, precision: 'range' } : undefined;
}

/** A month of a year, or the months from `month` to `lastMonth` of that year. */
function monthOrRange(year: number, month: number, lastMonth: number | undefined): Pick<DateMatch, 'iso' | 'precision'> | undefined {
  if (month < 1 || month > 12) return undefined;
  const from = `${year}-${pad(month)}`;
  if (lastMonth === undefined) return { iso: from, precision: 'month' };
  return lastMonth > month && lastMonth <= 12 ? { iso: `${from}/${year}-${pad(lastMonth)}`, precision: 'range' } : undefined;
}

/** The first single-day date in `text` as `YYYY-MM-DD`, or undefined. */
export function firstDay(text: string, language: LanguageResources): string | undefined {
  return findDates(text, language).find((date) => date.precision === 'day')?.iso;
}
