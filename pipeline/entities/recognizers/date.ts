/**
 * Dates, date ranges and years. Single dates come from the shared date reader (pipeline/dates); this
 * recognizer adds what only entities need: ranges across months and years (`24 January to 23 February
 * 2025`, `25 July 2024–30 July 2025`), lists of days in one month (`24, 25, and 30 March 2017`), months
 * (`July and December 2024`) and years (`2015–2016`), ordinals with `of` (`23rd of March 2025`), numeric
 * dates (`08.08.2024`), a year glued to its month (`17 July2025`), and years standing alone, except in an
 * instrument's formal title (`Agreement, 2006`).
 */
import { findDates } from '../../dates/index.ts';
import { monthAlternation, monthNumber } from '../../dates/exact.ts';
import { dateLinks, yearWords } from '../../dates/months.ts';
import type { LanguageResources } from '../../lang/types.ts';
import { alternation } from '../text.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

/** A year standing alone; a Latin letter glued to it makes it part of a code, another script's letter does not (`2030年`). */
const BARE_YEAR = /(?<![\p{Script=Latin}\p{N}/.,\-–])(?:1[89]\d{2}|20\d{2})(?![\p{Script=Latin}\p{N}/\-–])/gu;

interface DatePatterns {
  /** `24 January [2024] to 23 February 2025`. */
  dayRange: RegExp;
  /** `between 1 April and 30 June 2025`, `entre el 1 de abril y el 30 de junio de 2025`: the first bound's year is the last's. */
  betweenDayRange: RegExp | undefined;
  /** `24, 25, and 30 March 2017`, `4 to 7 March 2025`, `23rd of March 2025`, `17 July2025`. */
  days: RegExp;
  /** `July and December 2024`, `March 2024 to June 2025`. */
  months: RegExp;
  /** `2015–2016`, `1963 to 1974`. */
  years: RegExp;
  /** `Agreement, ` right before a year: the year belongs to the instrument's title. */
  instrument: RegExp | undefined;
  /** `28 June and 10 July 2025`: two days of different months sharing the year, the days from the first to the last. */
  dayList: RegExp;
  /** Fixed names that hold a year (`2030 Agenda`). */
  namesWithYear: RegExp | undefined;
}

const cache = new WeakMap<LanguageResources, DatePatterns>();

function patterns(language: LanguageResources): DatePatterns {
  const cached = cache.get(language);
  if (cached) return cached;
  const words = language.entities?.dates;
  const month = `(${monthAlternation(language)})`;
  // `12 y 13 de septiembre de 2016`, `12 и 13 сентября 2016 года`: words around the month and after the year.
  const toMonth = dateLinks(language.dates.dayMonthLinks);
  const toYear = dateLinks(language.dates.monthYearLinks);
  const after = yearWords(language);
  const suffix = language.dates.daySuffixes.length ? `(?:${alternation(language.dates.daySuffixes)})?` : '';
  const of = words?.dayOf.length ? `(?:\\s+(?:${alternation(words.dayOf)}))?` : toMonth;
  const day = `([0-3]?\\d)${suffix}`;
  const year = `((?:1[89]|20)\\d{2})${after}`;
  const to = `(?:\\s*[–-]\\s*|\\s+(?:${words?.rangeTo.length ? alternation(words.rangeTo) : '(?!)'})\\s+)`;
  const and = words?.listAnd.length ? alternation(words.listAnd) : '(?!)';
  const listEnd = `(?:,?\\s+(?:${and})\\s+|,?\\s+(?:${words?.rangeTo.length ? alternation(words.rangeTo) : '(?!)'})\\s+|\\s*[–-]\\s*)`;
  const bounded = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
  const result: DatePatterns = {
    dayRange: bounded(`${day}${of}\\s+${month}(?:,?${toYear}\\s+${year})?${to}${day}${of}\\s+${month},?${toYear}\\s*${year}`),
    betweenDayRange: words?.between?.open.length && words.between.and.length
      ? bounded(`(?<=(?<![\\p{L}\\p{M}])(?:${alternation(words.between.open)})\\s+)${day}${of}\\s+${month}(?:,?${toYear}\\s+${year})?\\s+(?:${alternation(words.between.and)})\\s+${day}${of}\\s+${month},?${toYear}\\s*${year}`)
      : undefined,
    days: bounded(`${day}((?:\\s*,\\s*[0-3]?\\d${suffix})*)(?:${listEnd}${day})?${of}\\s+${month},?${toYear}\\s*${year}`),
    months: bounded(`${month}(?:${toYear}\\s+${year})?(?:\\s+(?:${and})\\s+|${to})${month}${toYear}\\s*${year}`),
    years: bounded(`${year}${to}${year}`),
    // `Agreement, 2006`, and a year in brackets after an instrument's name and number (`Geneva Convention IV (1949)`).
    instrument: language.entities?.instrumentHeads.length ? new RegExp(`(?:${alternation(language.entities.instrumentHeads)})(?:,\\s*|(?:\\s+[IVX]+)?\\s*\\()$`, 'u') : undefined,
    dayList: bounded(`${day}${of}\\s+${month}\\s+(?:${and})\\s+${day}${of}\\s+${month},?${toYear}\\s*${year}`),
    namesWithYear: words?.namesWithYear?.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words.namesWithYear)})(?![\\p{L}\\p{N}])`, 'gu') : undefined,
  };
  cache.set(language, result);
  return result;
}

const pad = (value: number | string) => String(value).padStart(2, '0');

const bracketYearCache = new WeakMap<LanguageResources, RegExp>();

function monthBracketYear(language: LanguageResources): RegExp {
  let pattern = bracketYearCache.get(language);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${monthAlternation(language)})\\s*\\(((?:1[89]|20)\\d{2})\\)`, 'giu');
    bracketYearCache.set(language, pattern);
  }
  return pattern;
}

function isoDay(year: string, month: number, day: string): string | undefined {
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function candidate(start: number, text: string, iso: string, priority: number): Candidate {
  return { type: 'date', start, end: start + text.length, text, id: `date:${iso}`, normalized: iso, priority };
}

/** Which number comes first in a document's numeric dates (`12/01/2025`): its own dates tell, when one has a day above 12. */
export type NumericDateOrder = 'day-first' | 'month-first';

const SLASH_DATE = /(?<![\p{L}\p{N}/.\-])([0-3]?\d)\/([0-3]?\d)\/((?:19|20)\d{2})(?![\p{L}\p{N}/]|\.\d)/gu;

/**
 * The order of the numeric dates of a document's texts: day first when one of them can only be read day first
 * (`25/01/2025`) and none only month first, and the reverse; undefined when no date decides or two disagree.
 */
export function numericDateOrder(texts: Iterable<string>): NumericDateOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    for (const match of text.matchAll(SLASH_DATE)) {
      const [first, second] = [Number(match[1]), Number(match[2])];
      if (first > 12 && second >= 1 && second <= 12) dayFirst = true;
      if (second > 12 && first >= 1 && first <= 12) monthFirst = true;
    }
  }
  return dayFirst === monthFirst ? undefined : dayFirst ? 'day-first' : 'month-first';
}

/** A two-digit year of a table (`12-Jan-25`): the United Nations' years, 1946 to 2045. */
function fullYear(digits: string): string {
  if (digits.length === 4) return digits;
  return `${Number(digits) >= 46 ? 19 : 20}${digits}`;
}

/**
 * Dates written with numbers only or in a table's short form: ISO `2025-01-12`, which has one order; `12/01/2025`
 * in the order the document's own dates make certain (or any order when day and month are the same number);
 * `12-Jan-25` with an abbreviated month.
 */
const shortFormCache = new WeakMap<LanguageResources, RegExp>();

function numericDates(text: string, language: LanguageResources, order: NumericDateOrder | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}/.\-])((?:19|20)\d{2})-([01]\d)-([0-3]\d)(?![\p{L}\p{N}/\-]|\.\d)/gu)) {
    const iso = isoDay(match[1]!, Number(match[2]), match[3]!);
    if (iso) found.push(candidate(match.index, match[0], iso, PRIORITY.date));
  }
  for (const match of text.matchAll(SLASH_DATE)) {
    const [first, second] = [match[1]!, match[2]!];
    const dayFirst = order === 'day-first' || (order === undefined && first === second);
    if (order === undefined && first !== second) continue;
    const iso = dayFirst ? isoDay(match[3]!, Number(second), first) : isoDay(match[3]!, Number(first), second);
    if (iso) found.push(candidate(match.index, match[0], iso, PRIORITY.date));
  }
  let shortForm = shortFormCache.get(language);
  if (!shortForm) {
    shortForm = new RegExp(`(?<![\\p{L}\\p{N}/.\\-])([0-3]?\\d)-(${monthAlternation(language)})-(\\d{2}|(?:19|20)\\d{2})(?![\\p{L}\\p{N}/\\-])`, 'giu');
    shortFormCache.set(language, shortForm);
  }
  for (const match of text.matchAll(shortForm)) {
    const monthIndex = monthNumber(match[2]!, language);
    const iso = monthIndex ? isoDay(fullYear(match[3]!), monthIndex, match[1]!) : undefined;
    if (iso) found.push(candidate(match.index, match[0], iso, PRIORITY.date));
  }
  return found;
}

export function dates(text: string, language: LanguageResources, order?: NumericDateOrder): Candidate[] {
  const single = findDates(text, language);
  const found: Candidate[] = single.map((date) => candidate(date.start, date.text, date.iso, PRIORITY.date));
  // Two whole dates joined by a dash or a range word are one range, however the language writes a date
  // (`2022年1月1日至2023年12月31日`, `١ كانون الثاني/يناير ٢٠٢٢ إلى ٣١ كانون الأول/ديسمبر ٢٠٢٣`).
  const rangeWords = language.entities?.dates?.rangeTo ?? [];
  const joined = new RegExp(`^\\s*(?:[–-]${rangeWords.length ? `|${alternation(rangeWords)}` : ''})\\s*$`, 'u');
  // `between <date> and <date>`: the word that lists two dates joins the bounds of a range after `between`.
  const between = language.entities?.dates?.between;
  const opened = between?.open.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(between.open)})\\s*$`, 'u') : undefined;
  const betweenAnd = between?.and.length ? new RegExp(`^\\s*(?:${alternation(between.and)})\\s*$`, 'u') : undefined;
  const bounds = (first: (typeof single)[number], last: (typeof single)[number]) => {
    const gap = text.slice(first.end, last.start);
    return joined.test(gap) || (betweenAnd?.test(gap) === true && opened?.test(text.slice(Math.max(0, first.start - 40), first.start)) === true);
  };
  for (const [index, first] of single.entries()) {
    const last = single[index + 1];
    if (!last || !bounds(first, last) || first.iso >= last.iso || first.iso.includes('/') || last.iso.includes('/')) continue;
    found.push(candidate(first.start, text.slice(first.start, last.end), `${first.iso}/${last.iso}`, PRIORITY.date));
  }
  const monthIndex = (name: string) => monthNumber(name, language);
  const { dayRange, betweenDayRange, dayList, days, months, years, instrument, namesWithYear } = patterns(language);
  for (const match of [...text.matchAll(dayRange), ...(betweenDayRange ? text.matchAll(betweenDayRange) : [])]) {
    const [whole, firstDay, firstMonth, firstYear, lastDay, lastMonth, lastYear] = match as unknown as string[];
    const from = isoDay(firstYear ?? lastYear!, monthIndex(firstMonth!), firstDay!);
    const to = isoDay(lastYear!, monthIndex(lastMonth!), lastDay!);
    if (from && to && from < to) found.push(candidate(match.index, whole!, `${from}/${to}`, PRIORITY.date));
  }
  for (const match of text.matchAll(dayList)) {
    const [whole, firstDay, firstMonth, lastDay, lastMonth, yearValue] = match as unknown as string[];
    const from = isoDay(yearValue!, monthIndex(firstMonth!), firstDay!);
    const to = isoDay(yearValue!, monthIndex(lastMonth!), lastDay!);
    if (from && to && from < to) found.push(candidate(match.index, whole!, `${from}/${to}`, PRIORITY.date));
  }
  for (const match of text.matchAll(days)) {
    const [whole, firstDay, middle, lastDay, monthName, yearValue] = match as unknown as string[];
    const month = monthIndex(monthName!);
    const listed = [firstDay!, ...(middle ?? '').split(',').map((piece) => piece.replace(/\D/g, '')).filter(Boolean), ...(lastDay ? [lastDay] : [])];
    const isos = listed.map((value) => isoDay(yearValue!, month, value));
    if (isos.some((iso) => !iso)) continue;
    const iso = isos.length === 1 ? isos[0]! : `${isos[0]}/${isos[isos.length - 1]}`;
    found.push(candidate(match.index, whole!, iso, PRIORITY.date));
  }
  for (const match of text.matchAll(months)) {
    const [whole, firstMonth, firstYear, lastMonth, lastYear] = match as unknown as string[];
    const from = `${firstYear ?? lastYear}-${pad(monthIndex(firstMonth!))}`;
    const to = `${lastYear}-${pad(monthIndex(lastMonth!))}`;
    if (from < to) found.push(candidate(match.index, whole!, `${from}/${to}`, PRIORITY.date));
  }
  for (const match of text.matchAll(years)) {
    if (match[1]! < match[2]!) found.push(candidate(match.index, match[0], `${match[1]}/${match[2]}`, PRIORITY.date));
  }
  // `between 2020 and 2025`: two years after the word that opens a range.
  if (opened && between?.and.length) {
    const pair = new RegExp(`(?<![\\p{L}\\p{N}/])((?:1[89]|20)\\d{2})\\s+(?:${alternation(between.and)})\\s+((?:1[89]|20)\\d{2})(?![\\p{L}\\p{N}/])`, 'gu');
    for (const match of text.matchAll(pair)) {
      if (match[1]! < match[2]! && opened.test(text.slice(Math.max(0, match.index - 40), match.index))) found.push(candidate(match.index, match[0], `${match[1]}/${match[2]}`, PRIORITY.date));
    }
  }
  // A fiscal or academic year written with the second year short (`2024/25`): the two years.
  for (const match of text.matchAll(/(?<![\p{L}\p{N}/.\-])((?:19|20)\d{2})\/(\d{2})(?![\p{L}\p{N}/])/gu)) {
    const next = Number(match[1]) + 1;
    if (Number(match[2]) === next % 100) found.push(candidate(match.index, match[0], `${match[1]}/${next}`, PRIORITY.date));
  }
  found.push(...numericDates(text, language, order));
  // `in March (2025)`: a year in brackets after its month, as tables and lists print it.
  for (const match of text.matchAll(monthBracketYear(language))) {
    const month = monthIndex(match[1]!);
    if (month) found.push(candidate(match.index, match[0], `${match[2]}-${pad(month)}`, PRIORITY.date));
  }
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.])([0-3]\d)\.([01]\d)\.((?:19|20)\d{2})(?![\p{L}\p{N}]|\.\d)/gu)) {
    const iso = isoDay(match[3]!, Number(match[2]), match[1]!);
    if (iso) found.push(candidate(match.index, match[0], iso, PRIORITY.date));
  }
  const fixedNames = namesWithYear ? [...text.matchAll(namesWithYear)].map((name) => ({ start: name.index, end: name.index + name[0].length })) : [];
  for (const match of text.matchAll(BARE_YEAR)) {
    if (instrument?.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    if (fixedNames.some((name) => name.start <= match.index && match.index < name.end)) continue;
    found.push(candidate(match.index, match[0], match[0], PRIORITY.year));
  }
  return found;
}
