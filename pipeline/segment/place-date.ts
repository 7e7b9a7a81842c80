/**
 * Place and date lines: `Astana, le 28 août 2004`, `(Astana, 5 juillet 2005)`, `2 novembre 2011`,
 * `Le 28 août 2004`, `Berlin, 13 and 14 May 2025`. The whole line must be the place and the date: a date inside a sentence is not one.
 */
import { findDatesTolerant } from '../dates/index.ts';
import type { LanguageResources } from '../lang/types.ts';
import { normalizeSpaces, startsUpper } from './reflow.ts';

export interface PlaceDate {
  place?: string;
  /** ISO 8601 day. */
  date: string;
  /** The line as written, spaces normalized, brackets kept. */
  text: string;
}

/** Most words a place name takes (`Saint-Pierre-et-Miquelon`, `New York`, `Port of Spain`). */
const PLACE_MAX_WORDS = 4;

export function parsePlaceDate(line: string, language: LanguageResources): PlaceDate | undefined {
  const text = normalizeSpaces(line);
  const bare = text.replace(/^\((.*)\)\.?$/u, '$1').replace(/\.$/u, '').trim();
  // `Done at Brest on 22 November 2024`: the lead says a place and a date follow, no comma needed between them.
  const lead = language.segmentation.placeDateLead?.exec(bare);
  const inner = lead ? bare.slice(lead[0].length) : bare;
  if (!inner || inner.length > 80) return undefined;
  // A meeting's line gives its days (`Berlin, 13 and 14 May 2025`): the text is dated by the first.
  // A year glued to its month by the extraction (`17 July2025`) is read as if spaced; the offsets keep (one character
  // added, after the place).
  // A formal dating (`on the 5th day of August 2025`) gives the day as `5 August 2025` does.
  const dayOfMonth = language.segmentation.dayOfMonth;
  const spaced = (dayOfMonth ? inner.replace(dayOfMonth, '$1 ') : inner).replace(/(\p{L})(\d{4})$/u, '$1 $2');
  const dates = findDatesTolerant(spaced, language).filter((date) => date.precision === 'day' || date.precision === 'range');
  const last = dates[dates.length - 1];
  if (!last || last.end !== spaced.length) return undefined;
  const words = inner.slice(0, last.start).trim().replace(/,$/u, '').trim().split(/\s+/).filter(Boolean);
  while (words.length > 0 && language.segmentation.dateArticle.test(words[words.length - 1]!)) words.pop();
  const place = words.join(' ').replace(/,$/u, '').trim();
  if (place) {
    const beforeDate = inner.slice(0, last.start);
    if ((!lead && !beforeDate.includes(',')) || !startsUpper(place) || words.length > PLACE_MAX_WORDS || /[.;:!?]/u.test(place)) return undefined;
    // A place's words open with capitals, but for short particles (`Port of Spain`, `Rio de Janeiro`): a clause ending on
    // a date (`Destruction, done at Oslo on the 18th day of …`) is none.
    if (words.some((word) => !PLACE_WORD.test(word))) return undefined;
  }
  return { ...(place ? { place } : {}), date: last.iso.split('/')[0]!, text };
}

/** A word of a place's name: opening with a capital (or a figure, `10 Downing Street`), or a particle of up to three letters. */
const PLACE_WORD = /^(?:[\p{Lu}\d(]|\p{Ll}{1,3}[,’']?$)/u;

/** Most words of a place printed alone on its line over the date (`Islamabad`, `New York`). */
const PLACE_LINE_MAX_WORDS = 3;

/** A place name alone on its line: a few words opening with capitals, no figure, no punctuation but hyphens. */
const PLACE_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}|\p{Ll}{1,3}\s+\p{Lu})[\p{L}'’.-]*)*$/u;

/** A year alone on its line (`2025`). */
const YEAR_LINE = /^(1[89]|2\d)\d{2}$/u;

/**
 * The place and date of a text printed on one line or on two, the place over the date as a cover or a statement's
 * foot prints them (`Islamabad` ⏎ `30 July 2025`; a report's cover, `Moscow` ⏎ `2025`, gives the year only). The text
 * is the lines joined by a space.
 */
export function parsePlaceDateLines(lines: readonly string[], language: LanguageResources): PlaceDate | undefined {
  if (lines.length === 1) return parsePlaceDate(lines[0]!, language);
  if (lines.length !== 2) return undefined;
  const place = normalizeSpaces(lines[0]!);
  const dateText = normalizeSpaces(lines[1]!);
  if (!PLACE_LINE.test(place) || place.split(' ').length > PLACE_LINE_MAX_WORDS || language.segmentation.placeDateLead?.test(place)) return undefined;
  // A function or a rank over a date is a signature's line, no place.
  if (language.segmentation.roleStart.test(place) || language.segmentation.honorific.test(place)) return undefined;
  const text = `${place} ${dateText}`;
  if (YEAR_LINE.test(dateText)) return { place, date: dateText, text };
  const found = parsePlaceDate(dateText, language);
  return found && !found.place ? { place, date: found.date, text } : undefined;
}
