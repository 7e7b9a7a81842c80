/** What every recognizer returns: a mention with the weight it has when two candidates overlap. */
import type { TextMention } from '../mention.ts';

/** A candidate with the weight it has when two candidates overlap: higher wins, then longer. */
export interface Candidate extends TextMention {
  priority: number;
}

export const PRIORITY = { person: 5, reference: 5, date: 4, table: 3, year: 2, organ: 2, place: 1, anaphor: 1 } as const;

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
