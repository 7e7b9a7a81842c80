/** Places the name tables do not know, found by their context. */
import type { EntityWords } from '../../lang/types.ts';
import type { LanguageGazetteer } from '../gazetteer.ts';
import { slug } from '../text.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import type { Patterns } from './patterns.ts';

/** Places known only by their context: `fleuve Panj`, `à Kokoul`, `Aichi (Japon)`, `Astana, le 28 août 2004`. */
export function contextPlaces(text: string, words: EntityWords, patterns: Patterns, names: LanguageGazetteer): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, place: string) => {
    if (words.nameStopWords.includes(place.split(/\s/)[0]!)) return;
    const known = names.entries.get(place);
    if (known && known.type !== 'location') return;
    const id = known ? known.id : `location:${slug(place)}`;
    found.push({ type: 'location', start, end: start + place.length, text: place, id, normalized: id.slice(9), priority: PRIORITY.place });
  };
  for (const match of text.matchAll(patterns.locationCue)) add(match.index + match[0].length - match[1]!.length, match[1]!);
  for (const match of text.matchAll(patterns.locationPreposition)) {
    // A preposition inside a name in title case (`Convention on Cooperation in Combating Maritime
    // Piracy`) is no place cue: after a capitalized word, a run of several capitalized words is
    // the rest of that name (`fleuve Panj à Kokoul` keeps its one-word place).
    const insideName = /\p{Lu}[\p{L}\p{M}’\-]*\s+$/u.test(text.slice(0, match.index)) && /\s/u.test(match[1]!);
    if (!insideName) add(match.index + match[0].length - match[1]!.length, match[1]!);
  }
  const capitalized = /\p{Lu}[\p{Ll}\p{M}’\-]+(?:[\s\-]\p{Lu}[\p{Ll}\p{M}’\-]+)*/gu;
  for (const match of text.matchAll(capitalized)) {
    const after = text.slice(match.index + match[0].length);
    const before = text.slice(0, match.index);
    const inParentheses = after.match(/^\s*\(([^()]+)\)/);
    if (inParentheses && names.entries.get(inParentheses[1]!.trim())?.type === 'state') add(match.index, match[0]);
    // A place heading a date line: at the start of the text or of a parenthesis, a comma, then a date.
    else if (/(?:^|\(\s*)$/.test(before) && /^,\s+(?:\p{Ll}+\s+)?\d/u.test(after)) add(match.index, match[0]);
  }
  return found;
}
