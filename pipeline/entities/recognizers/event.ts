/** Events: a meeting noun named after its place. */
import type { EntityWords } from '../../lang/types.ts';
import { slug } from '../text.ts';
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

/**
 * Events named in English word order: capitalized words before a meeting noun, and a capitalized
 * complement after it (`Joint Arab-Islamic Extraordinary Summit`, `London Sudan Conference`, `Conference on
 * the Early Recovery and Reconstruction of Gaza`). A meeting noun with only the place before it keeps the
 * guidelines' id (`Cairo Summit` → `event:summit-cairo`); any other name the slug of its words. Places and
 * States inside stay mentions of their own; a numbered meeting (`Thirty-Third Meeting`) is no event, nor a
 * name the tables know as a body (`Conference of the States Parties`).
 */
export function namedEvents(text: string, words: EntityWords, known: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const forms = words.events.flatMap((event) => event.forms.filter((form) => /^\p{Lu}/u.test(form)));
  if (!forms.length) return found;
  const head = new RegExp(`(?<![\\p{L}\\-])(?:${forms.join('|')})(?![\\p{L}\\-])`, 'gu');
  const links = new Set([...words.organizationLinks.flatMap((link) => link.split(' ')), ...words.nameCoordinators]);
  const stop = new Set([...words.nameStopWords]);
  const ordinal = words.ordinalWords?.length ? new RegExp(`(?:^|[\\s\\-])(?:${words.ordinalWords.join('|')})(?![\\p{L}])`, 'iu') : undefined;
  // A meeting noun before another or before a body's head qualifies it (`Islamic Summit Conference`, `Ministerial
  // Council`): the name goes on to that word.
  const qualified = new RegExp(`^\\s+(?:${[...forms, ...words.organizationHeads].join('|')})(?![\\p{L}\\-])`, 'u');
  for (const match of text.matchAll(head)) {
    if (qualified.test(text.slice(match.index + match[0].length))) continue;
    const cue = words.events.find((event) => event.forms.includes(match[0]))!;
    let start = match.index;
    // Capitalized words before the noun, places and States among them; an organization before it stays out.
    for (;;) {
      const before = text.slice(0, start).match(/(?<![\p{L}\p{N}’\-])(\p{Lu}[\p{L}\p{M}’\-]*)\s+$/u);
      if (!before || stop.has(before[1]!)) break;
      const at = start - before[0].length;
      const owner = known.find((candidate) => candidate.start <= at && at < candidate.end);
      if (owner && owner.type === 'organization') break;
      start = owner ? owner.start : at;
    }
    let end = match.index + match[0].length;
    // A name qualified before its noun takes an owner or subject after `of` too: a body with the subject after it
    // (`Ministerial Conference of OIC on Food Security`, the body a mention of its own inside) or capitalized words that name no State
    // (`International Forum of Landlocked Developing Countries`).
    if (start < match.index) end = ownerAfter(text, end, words, known);
    // A complement: `on the Early Recovery and Reconstruction of Gaza`.
    const complement = text.slice(end).match(new RegExp(`^\\s+(?:${words.organizationLinks.filter((link) => !words.connectors.includes(link) && !words.locationPrepositions.includes(link.split(' ')[0]!)).join('|')})\\s+((?:(?:\\p{Lu}[\\p{L}\\p{M}’\\-]*|${[...links].join('|')})\\s*)+)`, 'u'));
    let complemented = false;
    if (complement) {
      const phrase = withoutTown(complement[1]!.trimEnd().replace(new RegExp(`(?:\\s+(?:${[...links].join('|')}))+$`, 'u'), ''), end + complement[0].indexOf(complement[1]!), words, known);
      if (/\p{Lu}/u.test(phrase)) {
        end += complement[0].indexOf(complement[1]!) + phrase.length;
        complemented = true;
      }
    }
    // A meeting noun that opens its name takes a complement after `of the` too (`Summit of the Future`, `Summit of
    // the Americas`), unless that complement names a body or a State (`Meeting of the African Union`).
    const connector = words.connectors.filter((link) => link.includes(' '));
    if (start === match.index && end === match.index + match[0].length && connector.length) {
      const named = text.slice(end).match(new RegExp(`^\\s+(?:${connector.join('|')})\\s+(\\p{Lu}[\\p{L}\\p{M}’\\-]*)(?![\\p{L}\\p{M}’\\-]|\\s+\\p{Lu})`, 'u'));
      const at = named ? end + named[0].length - named[1]!.length : -1;
      const owner = known.find((candidate) => candidate.start <= at && at < candidate.end);
      if (named && !stop.has(named[1]!) && (!owner || owner.type === 'location')) end += named[0].length;
    }
    if (start === match.index && end === match.index + match[0].length) continue;
    const name = text.slice(start, end);
    // Numbered meetings and sessions are no events (`Thirty-Third Meeting`); a numbered conference of a series that
    // its complement names is one (`Fourth International Conference on Financing for Development`).
    if (!complemented && (/\d/u.test(name.slice(0, match.index - start)) || ordinal?.test(name.slice(0, match.index - start)))) continue;
    if (known.some((candidate) => candidate.type === 'organization' && candidate.fromTable && candidate.start <= match.index && match.index < candidate.end)) continue;
    const place = known.find((candidate) => candidate.start === start && candidate.end === text.slice(0, match.index).trimEnd().length && (candidate.type === 'location' || candidate.type === 'state'));
    const id = place && end === match.index + match[0].length ? `event:${cue.id}-${place.id.slice(place.id.indexOf(':') + 1)}` : `event:${slug(name)}`;
    found.push({ type: 'event', start, end, text: name, id, normalized: id.slice(6), priority: 0 });
  }
  return found;
}

/**
 * The end of an event's name after `of <owner>`: over a body the letter or the tables know (`of OIC`, `of the
 * OIC`), or over capitalized words none of which starts a State or a place (`of Landlocked Developing Countries`).
 */
function ownerAfter(text: string, end: number, words: EntityWords, known: Candidate[]): number {
  const connector = words.connectors.filter((link) => link.includes(' ')).concat(words.connectors.filter((link) => !link.includes(' ')));
  const link = text.slice(end).match(new RegExp(`^\\s+(?:${connector.join('|')})\\s+(?=\\p{Lu})`, 'u'));
  if (!link) return end;
  const at = end + link[0].length;
  const owner = known.find((candidate) => candidate.start === at);
  // A body is part of the name only with the subject after it (`of OIC on Food Security`); alone it says whose
  // meeting it is (`Intergovernmental Experts Meeting of OIC`).
  const subject = new RegExp(`^\\s+(?:${words.organizationLinks.filter((link) => !words.connectors.includes(link) && !words.locationPrepositions.includes(link.split(' ')[0]!)).join('|')})\\s+\\p{Lu}`, 'u');
  if (owner) return owner.type === 'organization' && subject.test(text.slice(owner.end)) ? owner.end : end;
  const coordinators = words.nameCoordinators.join('|');
  const phrase = text.slice(at).match(new RegExp(`^\\p{Lu}[\\p{L}\\p{M}’\\-]*(?:\\s+(?:(?:${coordinators})\\s+)?\\p{Lu}[\\p{L}\\p{M}’\\-]*)*`, 'u'));
  if (!phrase || words.nameStopWords.includes(phrase[0].split(/\s/u)[0]!)) return end;
  const phraseEnd = at + phrase[0].length;
  if (known.some((candidate) => candidate.start < phraseEnd && at < candidate.end && candidate.type !== 'organization')) return end;
  return phraseEnd;
}

/** A complement without the town it ends with (`on Financing for Development in Seville`): the town is where, not what. */
function withoutTown(phrase: string, at: number, words: EntityWords, known: Candidate[]): string {
  const town = phrase.match(new RegExp(`\\s+(?:${words.locationPrepositions.join('|')})\\s+(\\p{Lu}[\\p{L}\\p{M}’\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}’\\-]*)*)$`, 'u'));
  if (!town) return phrase;
  const placeStart = at + town.index! + town[0].length - town[1]!.length;
  return known.some((candidate) => candidate.type === 'location' && candidate.start === placeStart && candidate.end === at + phrase.length) ? phrase.slice(0, town.index) : phrase;
}
