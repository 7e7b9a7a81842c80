/** Events: a meeting noun named after its place. */
import type { EntityWords } from '../../lang/types.ts';
import type { Candidate } from './candidate.ts';
import { isNameAdjective, type Patterns } from './patterns.ts';

/** A meeting noun and the place that names it: `Conférence d’Istanbul`, `réunion ministérielle de Kaboul`. */
export function findEvents(text: string, words: EntityWords, patterns: Patterns, places: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(patterns.event)) {
    const adjective = match[2]!.trim();
    if (adjective && !isNameAdjective(adjective, words)) continue;
    const placeStart = match.index + match[0].length;
    const place = places.filter((candidate) => candidate.start === placeStart).sort((a, b) => b.end - a.end)[0];
    if (!place) continue;
    const cue = words.events.find((event) => event.forms.includes(match[1]!))!;
    const id = `event:${cue.id}-${place.id.slice(place.id.indexOf(':') + 1)}`;
    found.push({ type: 'event', start: match.index, end: place.end, text: text.slice(match.index, place.end), id, normalized: id.slice(6), priority: 0 });
  }
  return found;
}
