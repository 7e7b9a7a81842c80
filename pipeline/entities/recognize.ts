/**
 * The text-level recognizer: every entity mention in one reflowed text, from the shared name tables, the
 * language's cues (pipeline/lang/<code>/entities.json) and a few patterns (dates, symbols, names after
 * an honorific or the signed mark, organs of organizations, places named by their context).
 */
import { findDates } from '../dates/index.ts';
import type { EntityWords, LanguageResources } from '../lang/types.ts';
import { gazetteer, type LanguageGazetteer } from './gazetteer.ts';
import type { TextMention } from './mention.ts';
import { findReferences } from './references.ts';
import { isOrganWord, organId } from './organ-id.ts';
import { personId } from './person-id.ts';
import { alternation, escapeRegExp, LETTER_OR_DIGIT, normalizeApostrophes, phrasePattern, slug } from './text.ts';

export type { TextMention } from './mention.ts';

export interface FindOptions {
  /**
   * What the text is: running text (default), a signatory's name, or a signature's role or honorific
   * line (where a role stands on its own, `Représentant permanent`).
   */
  field?: 'text' | 'name' | 'role';
}

/** A candidate with the weight it has when two candidates overlap: higher wins, then longer. */
interface Candidate extends TextMention {
  priority: number;
}

const PRIORITY = { person: 5, reference: 5, date: 4, table: 3, year: 2, organ: 2, place: 1, anaphor: 1 } as const;

/** Patterns built once per language. */
interface Patterns {
  formalState: RegExp;
  honorific: RegExp;
  signed: RegExp;
  role: RegExp;
  organizationHead: RegExp;
  anaphor: RegExp;
  event: RegExp;
  locationCue: RegExp;
  locationPreposition: RegExp;
  connectors: string[];
  links: string[];
}

const patternCache = new WeakMap<EntityWords, Patterns>();

/** A link or connector as a pattern: `d’` glues to the next word, `de` needs a space. */
function joinPattern(joiner: string): string {
  return joiner.endsWith('’') ? phrasePattern(joiner) : `${phrasePattern(joiner)}\\s+`;
}

function buildPatterns(words: EntityWords, names: LanguageGazetteer): Patterns {
  const cached = patternCache.get(words);
  if (cached) return cached;
  const connectors = [...words.connectors].sort((a, b) => b.length - a.length);
  const links = [...words.organizationLinks].sort((a, b) => b.length - a.length);
  const connector = connectors.map(joinPattern).join('|');
  const shortNames = alternation(names.stateNames.keys());
  const adjectives = words.formalStateAdjectives.length ? `(?:\\s+(?:${alternation(words.formalStateAdjectives)}))*` : '';
  const prefixes = words.formalStatePrefixes.length ? alternation(words.formalStatePrefixes) : '(?!)';
  const roleForms = words.roles.flatMap((role) => role.forms);
  const heads = words.organizationHeads.length ? alternation(words.organizationHeads) : '(?!)';
  const anaphoraHeads = words.anaphoraHeads.length ? alternation(words.anaphoraHeads) : '(?!)';
  const articles = words.anaphoraArticles.map((article) => (article.endsWith('’') ? phrasePattern(article) : `${phrasePattern(article)}\\s+`)).join('|');
  const eventForms = words.events.flatMap((event) => event.forms);
  const capitalized = `\\p{Lu}[\\p{Ll}\\p{M}’\\-]+(?:[\\s\\-]\\p{Lu}[\\p{Ll}\\p{M}’\\-]+)*`;
  const result: Patterns = {
    formalState: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${prefixes})${adjectives}\\s+(?:${connector})(${shortNames})(?!${LETTER_OR_DIGIT})`, 'gu'),
    honorific: new RegExp(`(?<!${LETTER_OR_DIGIT})(${alternation(words.honorifics)})\\s+`, 'gu'),
    signed: new RegExp(`(${alternation(words.signedMarks)})\\s*`, 'gu'),
    role: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${alternation(roleForms)})(?![\\p{L}\\-])`, 'gu'),
    organizationHead: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${heads})(?![\\p{L}\\-])`, 'gu'),
    anaphor: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${articles})(${anaphoraHeads})(?![\\p{L}\\-])`, 'gu'),
    event: new RegExp(`(?<!${LETTER_OR_DIGIT})(${eventForms.length ? alternation(eventForms) : '(?!)'})((?:\\s+\\p{Ll}+)?)\\s*(?:${connector})`, 'gu'),
    locationCue: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${words.locationCues.length ? alternation(words.locationCues) : '(?!)'})\\s+(${capitalized})`, 'gu'),
    locationPreposition: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${words.locationPrepositions.length ? alternation(words.locationPrepositions) : '(?!)'})\\s+(${capitalized})(?!${LETTER_OR_DIGIT})`, 'gu'),
    connectors,
    links,
  };
  patternCache.set(words, result);
  return result;
}

/** Every mention in `text`, in order of offset. Offsets are into `text` as given. */
export function findMentions(text: string, language: LanguageResources, options: FindOptions = {}): TextMention[] {
  const words = language.entities;
  if (!words) return [];
  const names = gazetteer(language.code);
  const patterns = buildPatterns(words, names);
  // Same length as `text`: offsets found in the normalized copy are offsets in the original.
  const normalized = normalizeApostrophes(text);
  const field = options.field ?? 'text';

  if (field === 'name') return signatoryName(text);

  const candidates: Candidate[] = [
    ...tableMentions(normalized, names),
    ...formalStates(normalized, names, patterns),
    ...dates(normalized, language),
    ...findReferences(normalized, words).map((mention) => ({ ...mention, priority: PRIORITY.reference })),
    ...persons(normalized, words, patterns),
    ...contextPlaces(normalized, words, patterns, names),
  ];
  const known = candidates.filter((candidate) => candidate.fromTable);
  candidates.push(...organs(normalized, words, patterns, known));
  candidates.push(...anaphors(normalized, words, patterns));
  const events = findEvents(normalized, words, patterns, candidates.filter((candidate) => candidate.type === 'location'));
  const flat = resolveOverlaps(
    candidates.filter((candidate) => !(candidate.type === 'organization' && !candidate.fromTable && events.some((event) => overlaps(event, candidate)))),
  );
  markDefinitions(normalized, flat);
  const roles = findRoles(normalized, words, patterns, flat, field === 'role');
  linkPersonsToRoles(normalized, flat, roles, words, patterns);
  return [...flat, ...roles, ...events]
    .map(({ priority: _priority, ...mention }) => ({ ...mention, text: text.slice(mention.start, mention.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Keeps the strongest of overlapping candidates: higher priority first, then the longer. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (!kept.some((other) => overlaps(other, candidate))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function signatoryName(text: string): TextMention[] {
  const start = text.search(/\p{Lu}/u);
  if (start < 0) return [];
  const end = text.trimEnd().length;
  const name = text.slice(start, end);
  return [{ type: 'person', start, end, text: name, id: personId(name), normalized: slug(name) }];
}

function tableMentions(text: string, names: LanguageGazetteer): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(names.pattern)) {
    const entry = names.entries.get(match[0].replace(/\s+/g, ' '));
    if (!entry) continue;
    found.push({
      type: entry.type,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      id: entry.id,
      normalized: entry.id.slice(entry.id.indexOf(':') + 1),
      fromTable: true,
      priority: PRIORITY.table,
    });
  }
  return found;
}

/** `République de l’Inde`, `Royaume d’Arabie saoudite`: a formal head before a known short name. */
function formalStates(text: string, names: LanguageGazetteer, patterns: Patterns): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(patterns.formalState)) {
    const alpha3 = names.stateNames.get(match[1]!.replace(/\s+/g, ' '));
    if (!alpha3) continue;
    found.push({ type: 'state', start: match.index, end: match.index + match[0].length, text: match[0], id: `state:${alpha3}`, normalized: alpha3, fromTable: true, priority: PRIORITY.table });
  }
  return found;
}

const BARE_YEAR = /(?<![\p{L}\p{N}/.,\-])(?:1[89]\d{2}|20\d{2})(?![\p{L}\p{N}/\-])/gu;

function dates(text: string, language: LanguageResources): Candidate[] {
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

/** End of a person's name starting at `start`: capitalized words and initials, particles between them. */
function nameEnd(text: string, start: number, words: EntityWords): number {
  const token = /^(?:\p{Lu}\p{Ll}?\.|\p{Lu}[\p{L}\p{M}’\-]*\p{L}|\p{Lu})/u;
  let position = start;
  let end = start;
  let first = true;
  while (position < text.length) {
    const rest = text.slice(position);
    const particle = rest.match(/^(\p{Ll}+)\s+(?=\p{Lu})/u);
    if (!first && particle && words.nameParticles.includes(particle[1]!)) {
      position += particle[0].length;
      continue;
    }
    const match = rest.match(token);
    if (!match) break;
    const word = match[0].replace(/’$/, '');
    if (words.nameStopWords.includes(word) || words.nameStopWords.includes(word.replace(/\.$/, ''))) break;
    end = position + word.length;
    first = false;
    const gap = text.slice(end).match(/^[ \t\u00a0]+/);
    if (!gap) break;
    position = end + gap[0].length;
  }
  return end;
}

function persons(text: string, words: EntityWords, patterns: Patterns): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, honorific: string | undefined) => {
    const end = nameEnd(text, start, words);
    if (end <= start) return;
    const name = text.slice(start, end);
    // A single initial is not a name.
    if (!/\p{L}{2}/u.test(name)) return;
    found.push({ type: 'person', start, end, text: name, id: personId(name), normalized: slug(name), honorific, priority: PRIORITY.person });
  };
  for (const match of text.matchAll(patterns.signed)) add(match.index + match[0].length, undefined);
  for (const match of text.matchAll(patterns.honorific)) add(match.index + match[0].length, match[1]);
  return found;
}

/** Places known only by their context: `fleuve Panj`, `à Kokoul`, `Aichi (Japon)`, `Astana, le 28 août 2004`. */
function contextPlaces(text: string, words: EntityWords, patterns: Patterns, names: LanguageGazetteer): Candidate[] {
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

function isNameAdjective(word: string, words: EntityWords): boolean {
  if (words.nameAdjectives.includes(word)) return true;
  if (!/^\p{Ll}/u.test(word) || word.length < 4) return false;
  return words.nameAdjectiveEndings.some((ending) => word.endsWith(ending));
}

/**
 * Organs and bodies without a table entry: a capitalized head (`Conseil`) with its adjectives and
 * complements (`des coordonnateurs nationaux`), stopping before a known name (`de l’OSC`), a verb, a
 * relative pronoun or punctuation. In English word order, capitalized modifiers before the head
 * (`Economic Council`) and capitalized complements (`Council of National Coordinators`). A known
 * organization right before or after the name (`SCO Development Fund`, `Fonds de développement de
 * l’OSC`) stays its own mention and becomes the organ's parent in its id (organ-id.ts).
 */
function organs(text: string, words: EntityWords, patterns: Patterns, known: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const knownAt = new Map<number, Candidate>();
  const knownEnding = new Map<number, Candidate>();
  for (const candidate of known) {
    if (!knownAt.has(candidate.start) || candidate.type === 'organization') knownAt.set(candidate.start, candidate);
    if (!knownEnding.has(candidate.end) || candidate.type === 'organization') knownEnding.set(candidate.end, candidate);
  }
  const modifiersFirst = words.organizationModifiersFirst === true;
  for (const match of text.matchAll(patterns.organizationHead)) {
    const headEnd = match.index + match[0].length;
    let start = match.index;
    let end = headEnd;
    let parentId: string | undefined;
    /** Words after the parent that still belong to the name (`of the SCO member States`). */
    let trailing = '';
    if (modifiersFirst) {
      for (;;) {
        const gap = text.slice(0, start).match(/[ \t\u00a0\n]+$/);
        if (!gap) break;
        const before = start - gap[0].length;
        const knownBefore = knownEnding.get(before);
        if (knownBefore) {
          if (knownBefore.type === 'organization') parentId = knownBefore.id;
          break;
        }
        const word = text.slice(0, before).match(/(?<![\p{L}\p{M}\p{N}’\-])\p{Lu}[\p{L}\p{M}’\-]*$/u);
        if (!word || words.nameStopWords.includes(word[0])) break;
        start = before - word[0].length;
      }
    }
    for (;;) {
      const rest = text.slice(end);
      const adjective = rest.match(/^\s+([\p{L}\p{M}’\-]+)/u);
      if (adjective && isNameAdjective(adjective[1]!, words)) {
        end += adjective[0].length;
        continue;
      }
      const coordinated = rest.match(/^\s+(\p{Ll}+)\s+([\p{L}\p{M}’\-]+)/u);
      if (coordinated && words.nameCoordinators.includes(coordinated[1]!) && isNameAdjective(coordinated[2]!, words)) {
        end += coordinated[0].length;
        continue;
      }
      let linked = false;
      for (const link of patterns.links) {
        const step = rest.match(new RegExp(`^\\s+${joinPattern(link)}([\\p{L}\\p{M}’\\-]+)`, 'u'));
        if (!step) continue;
        const word = step[1]!;
        const wordStart = end + step[0].length - word.length;
        const lower = word.toLowerCase();
        const knownHere = knownAt.get(wordStart);
        if (knownHere) {
          if (knownHere.type === 'organization') {
            parentId = knownHere.id;
            if (modifiersFirst) {
              const gap = text.slice(knownHere.end).match(/^[ \t\u00a0\n]+/);
              if (gap) trailing = nameWords(text, knownHere.end + gap[0].length, words, true, knownAt).text;
            }
          }
          break;
        }
        if (words.organizationStopWords.includes(lower)) break;
        if (/^\p{Ll}/u.test(word) && words.infinitiveEndings.some((ending) => lower.endsWith(ending))) break;
        if (modifiersFirst) {
          const complement = nameWords(text, wordStart, words, false, knownAt);
          if (!complement.text) break;
          end = complement.end;
        } else end += step[0].length;
        linked = true;
        break;
      }
      if (!linked) break;
    }
    if (end === headEnd && start === match.index) continue;
    const name = text.slice(start, end);
    const id = organId(
      {
        head: match[0],
        modifiers: [text.slice(start, match.index), text.slice(headEnd, end), trailing].filter((piece) => piece.trim()),
        parentId,
        text: name,
      },
      words,
    );
    found.push({ type: 'organization', start, end, text: name, id, normalized: id.slice(4), priority: PRIORITY.organ });
  }
  return found;
}

/**
 * A run of words of an English organ's name from `start`: capitalized words (`National Coordinators`)
 * and lower-case words the institutional vocabulary knows (`member States`), up to a known name, a stop
 * word or anything else. With `vocabularyOnly`, every word must be known to the vocabulary (the words
 * after an acronym used as a modifier: `SCO member States`).
 */
function nameWords(text: string, start: number, words: EntityWords, vocabularyOnly: boolean, knownAt: Map<number, Candidate>): { text: string; end: number } {
  let end = start;
  let position = start;
  for (;;) {
    if (knownAt.has(position)) break;
    const word = text.slice(position).match(/^[\p{L}\p{M}’\-]+/u)?.[0];
    if (!word) break;
    const capitalized = /^\p{Lu}\p{Ll}/u.test(word);
    const fits = vocabularyOnly ? isOrganWord(word, words) : (capitalized && !words.nameStopWords.includes(word)) || isOrganWord(word, words);
    if (!fits) break;
    end = position + word.length;
    const gap = text.slice(end).match(/^[ \t\u00a0\n]+/);
    if (!gap) break;
    position = end + gap[0].length;
  }
  return { text: text.slice(start, end).trim(), end };
}

/** `l’Organisation`, `la Structure`: a bare head noun that refers back; resolved over the document. */
function anaphors(text: string, _words: EntityWords, patterns: Patterns): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(patterns.anaphor)) {
    const head = match[1]!;
    const start = match.index + match[0].length - head.length;
    found.push({ type: 'organization', start, end: start + head.length, text: head, id: '', normalized: '', anaphor: head, priority: PRIORITY.anaphor });
  }
  return found;
}

/**
 * `Organisation de Shanghai pour la coopération (« l’Organisation »)`: an anaphor defined in quotes
 * right after a full name stands for that organization, here and in the rest of the document.
 */
function markDefinitions(text: string, flat: Candidate[]): void {
  flat.forEach((candidate, index) => {
    if (!candidate.anaphor || index === 0) return;
    const previous = flat[index - 1]!;
    if (previous.type !== 'organization' || previous.anaphor) return;
    const between = text.slice(previous.end, candidate.start);
    const after = text.slice(candidate.end);
    if (/^\s*[(\[]?\s*[«“"]\s*\S{0,3}\s*$/u.test(between) && /^\s*[»”"]/u.test(after)) {
      candidate.id = previous.id;
      candidate.normalized = previous.normalized;
      candidate.definition = true;
    }
  });
}

/** A meeting noun and the place that names it: `Conférence d’Istanbul`, `réunion ministérielle de Kaboul`. */
function findEvents(text: string, words: EntityWords, patterns: Patterns, places: Candidate[]): Candidate[] {
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
 * Roles: a function (`Président`) with the state or organization it belongs to right after a
 * connector (`de la République turque`), or on its own when the function needs no complement.
 */
function findRoles(text: string, words: EntityWords, patterns: Patterns, flat: Candidate[], inSignature: boolean): Candidate[] {
  const found: Candidate[] = [];
  const complements = flat.filter((candidate) => candidate.type === 'state' || (candidate.type === 'organization' && candidate.id));
  for (const match of text.matchAll(patterns.role)) {
    const role = words.roles.find((candidate) => candidate.forms.some((form) => normalizeApostrophes(form) === match[0].replace(/\s+/g, ' ')));
    if (!role) continue;
    const formEnd = match.index + match[0].length;
    let complement: Candidate | undefined;
    for (const connector of patterns.connectors) {
      const step = text.slice(formEnd).match(new RegExp(`^\\s+${joinPattern(connector)}`, 'u'));
      if (!step) continue;
      complement = complements.find((candidate) => candidate.start === formEnd + step[0].length);
      if (complement) break;
    }
    let id: string;
    let end = formEnd;
    if (complement) {
      const owner = complement.id.slice(complement.id.indexOf(':') + 1);
      id = role.implicitOrganization === owner ? `role:${role.id}` : `role:${role.id}:${owner}`;
      end = complement.end;
    } else if (role.standalone || (inSignature && role.inSignature)) {
      id = `role:${role.id}`;
    } else continue;
    found.push({ type: 'role', start: match.index, end, text: text.slice(match.index, end), id, normalized: id.slice(5), priority: 0 });
  }
  return found;
}

/** `M. X, Président de …` and `<role> … (Signé) X`: the role is the person's. */
function linkPersonsToRoles(text: string, flat: Candidate[], roles: Candidate[], words: EntityWords, patterns: Patterns): void {
  const signedStarts = [...text.matchAll(patterns.signed)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  for (const person of flat.filter((candidate) => candidate.type === 'person')) {
    const linked = new Set<string>();
    const after = text.slice(person.end).match(/^\s*,\s*/);
    if (after) {
      const role = roles.find((candidate) => candidate.start === person.end + after[0].length);
      if (role) linked.add(role.id);
    }
    const signed = signedStarts.find((mark) => mark.end === person.start);
    if (signed) {
      const before = roles.filter((role) => role.end <= signed.start && !flat.some((other) => other.type === 'person' && other.end > role.end && other.end <= signed.start));
      const nearest = before.sort((a, b) => b.end - a.end)[0];
      // Same block only: no sentence end between the role and the signed mark.
      if (nearest && signed.start - nearest.end < 120 && !/[.;:!?]/.test(text.slice(nearest.end, signed.start))) linked.add(nearest.id);
    }
    if (linked.size) person.roleIds = [...linked];
  }
  void words;
  void escapeRegExp;
}
