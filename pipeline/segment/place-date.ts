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
  }
  return { ...(place ? { place } : {}), date: last.iso.split('/')[0]!, text };
}
