/** Dates and date ranges in the language's words, and bare years. */
import { findDates } from '../../dates/index.ts';
import type { LanguageResources } from '../../lang/types.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

const BARE_YEAR = /(?<![\p{L}\p{N}/.,\-])(?:1[89]\d{2}|20\d{2})(?![\p{L}\p{N}/\-])/gu;

export function dates(text: string, language: LanguageResources): Candidate[] {
  const found: Candidate[] = findDates(text, language).map((date) => ({
    type: 'date',
    start: date.start,
    end: date.end,
    text: date.text,
    id: `date:${date.iso}`,
    normalized: date.iso,
    priority: PRIORITY.date,
  }));
  for (const match of text.matchAll(BARE_YEAR)) {
    found.push({ type: 'date', start: match.index, end: match.index + match[0].length, text: match[0], id: `date:${match[0]}`, normalized: match[0], priority: PRIORITY.year });
  }
  return found;
}
