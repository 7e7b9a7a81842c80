/**
 * The text-level recognizer: every entity mention in one reflowed text, from the shared name tables, the
 * language's cues (pipeline/lang/<code>/entities.json) and a few patterns (dates, symbols, names after
 * an honorific or the signed mark, organs of organizations, places named by their context). One recognizer
 * per kind of entity lives in `recognizers/`; this module runs them in order (organs need the known names,
 * events the places, roles the persons and complements) and keeps the strongest of overlapping candidates.
 */
import { foldDigits } from '../dates/digits.ts';
import type { EntityWords, LanguageResources } from '../lang/types.ts';
import { gazetteer, type LanguageGazetteer } from './gazetteer.ts';
import type { TextMention } from './mention.ts';
import { overlaps, PRIORITY, type Candidate } from './recognizers/candidate.ts';
import { dates, type NumericDateOrder } from './recognizers/date.ts';
import { findEvents, namedEvents } from './recognizers/event.ts';
import { contextPlaces } from './recognizers/location.ts';
import { anaphors, markDefinitions, organs } from './recognizers/organization.ts';
import { buildPatterns } from './recognizers/patterns.ts';
import { namesBesideRoles, persons, signatoryName, uncasedNamesBesideRoles, unmarkedNames } from './recognizers/person.ts';
import { findReferences } from './recognizers/reference.ts';
import { findRoles, linkPersonsToRoles } from './recognizers/role.ts';
import { grammarRoles } from './recognizers/role-grammar.ts';
import { formalStates } from './recognizers/state.ts';
import type { Lexicon } from './recognizers/acronym.ts';
import { lexiconMentions, tableMentions } from './recognizers/table.ts';
import { normalizeApostrophes } from './text.ts';

export type { TextMention } from './mention.ts';

export interface FindOptions {
  /**
   * What the text is: running text (default), a signatory's name, or a signature's role or honorific
   * line (where a role stands on its own, `Représentant permanent`).
   */
  field?: 'text' | 'name' | 'role';
  /** The names the document defines for itself (`Full Name (ACRONYM)`), found over all its texts first. */
  lexicon?: Lexicon;
  /** The order of the document's numeric dates (`12/01/2025`) when its own dates make it certain (`numericDateOrder`). */
  numericDateOrder?: NumericDateOrder;
}

/** Every mention in `text`, in order of offset. Offsets are into `text` as given. */
export function findMentions(text: string, language: LanguageResources, options: FindOptions = {}): TextMention[] {
  const words = language.entities;
  if (!words) return [];
  const names = gazetteer(language.code, language.entities);
  const patterns = buildPatterns(words, names);
  // Same length as `text`: offsets found in the normalized copy are offsets in the original. Digits of any
  // script are read as numbers (`١٦١٢ (٢٠٠٥)` is resolution 1612 (2005)).
  const normalized = /(?![0-9])\p{Nd}/u.test(text) ? foldDigits(normalizeApostrophes(text)) : normalizeApostrophes(text);
  const field = options.field ?? 'text';
  // A heading or signature line printed in capitals is read as running text would write it, letter for letter
  // (`PRESIDENT OF THE REPUBLIC OF POLAND` as `President of the Republic of Poland`); mentions keep the print.
  // (English word order only for now: the other languages' readers have not been measured on it.)
  const read = words.organizationModifiersFirst && inCapitals(normalized) ? titleCased(normalized, words, names) : normalized;

  if (field === 'name') return signatoryName(text, words, patterns);

  const named: Candidate[] = [
    // The document's own definitions first: of two equal candidates the first is kept.
    ...lexiconMentions(read, options.lexicon),
    // A bare head the tables know (`Secretariat`) yields to a longer name around it (`Technical Secretariat`).
    ...tableMentions(read, names).map((candidate) =>
      candidate.type === 'organization' && !/\s/.test(candidate.text) && words.organizationHeads.includes(candidate.text) ? { ...candidate, priority: PRIORITY.anaphor } : candidate,
    ),
  ];
  const candidates: Candidate[] = [
    ...named,
    ...formalStates(read, names, patterns),
    ...dates(read, language, options.numericDateOrder),
    ...findReferences(read, words).map((mention) => ({ ...mention, priority: PRIORITY.reference })),
    ...persons(read, words, patterns, named, names),
    ...contextPlaces(read, words, patterns, names, language.months),
  ];
  const known = candidates.filter((candidate) => candidate.fromTable);
  candidates.push(...organs(read, words, patterns, known, language.months));
  candidates.push(...anaphors(read, patterns, words));
  const events = [
    ...findEvents(read, words, patterns, candidates.filter((candidate) => candidate.type === 'location')),
    ...(words.organizationModifiersFirst ? namedEvents(read, words, candidates.filter((candidate) => candidate.fromTable || candidate.type === 'location')) : []),
  ].filter((event, index, all) => !all.some((other, otherIndex) => otherIndex < index && other.start < event.end && event.start < other.end));
  const flat = resolveOverlaps(
    candidates.filter((candidate) => !(candidate.type === 'organization' && !candidate.fromTable && events.some((event) => overlaps(event, candidate)))),
  );
  markDefinitions(read, flat);
  const roles = words.roleGrammar ? grammarRoles(read, words, flat, field === 'role', names, language.months) : findRoles(read, words, patterns, flat, field === 'role');
  linkPersonsToRoles(read, flat, roles, patterns);
  // A name set beside a role is bounded by its capitals, so any cased script reads it (`Enviado Especial …, Ana
  // Lima,`, `Специального посланника … Ханса Грундберга`); a script without capitals has its own reading.
  const cased = language.script?.cased ?? true;
  const beside = words.organizationModifiersFirst || cased ? namesBesideRoles(read, words, roles, flat, names) : uncasedNamesBesideRoles(read, words, roles, flat);
  const unmarked = words.organizationModifiersFirst ? unmarkedNames(read, words, [...flat, ...beside, ...roles, ...events]) : [];
  return [...flat.filter((candidate) => !candidate.instrument), ...beside, ...unmarked, ...roles, ...events]
    .map(({ priority: _priority, ...mention }) => ({ ...mention, text: text.slice(mention.start, mention.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
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

/** A text with letters in capitals only and a word of three letters at least: a heading, a line of a signature block. */
function inCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}{3}/u.test(text);
}

/** `capitalizedWords` per language's word lists: they depend on nothing else. */
const capitalizedWordsCache = new WeakMap<EntityWords, Set<string>>();

/** Words that names, functions and meetings hold in capitals (`Republic`, `President`, `Conference`), lower case. */
function capitalizedWords(words: EntityWords): Set<string> {
  let found = capitalizedWordsCache.get(words);
  if (found) return found;
  const phrases = [
    ...words.roles.flatMap((role) => role.forms),
    ...(words.roleGrammar ? [...words.roleGrammar.heads, ...words.roleGrammar.modifiers, ...words.roleGrammar.unFunctions] : []),
    ...words.organizationHeads,
    ...(words.placeHeads ?? []),
    ...words.events.flatMap((event) => event.forms),
    ...words.honorifics,
  ];
  const links = new Set([...(words.nameLinkWords ?? []), ...words.connectors, ...words.organizationLinks, ...words.anaphoraArticles].flatMap((link) => link.toLowerCase().split(' ')));
  found = new Set(phrases.flatMap((phrase) => phrase.split(/[\s\-]+/u)).filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).map((word) => word.toLowerCase()).filter((word) => !links.has(word)));
  capitalizedWordsCache.set(words, found);
  return found;
}

/**
 * The text in the case running text gives it, of the same length: names of the tables as the tables write them,
 * a word that names, functions and meetings hold capitalized (`President`, `Conference`) capitalized, other common
 * words (`of`, `report`, `situation`) in lower case, and any other word (a name or an acronym) as printed.
 */
function titleCased(text: string, words: EntityWords, names: LanguageGazetteer): string {
  const capitalized = capitalizedWords(words);
  const lower = (value: string) => [...value].map((character) => (character.toLowerCase().length === character.length ? character.toLowerCase() : character)).join('');
  const capital = (part: string) => part[0] + lower(part.slice(1));
  // Names of the tables first, as the tables write them (`REPUBLIC OF POLAND` → `Republic of Poland`).
  const { matcher, forms } = names.capitals();
  let tabled = '';
  let position = 0;
  for (const match of matcher.matches(text)) {
    const form = forms.get(match.text.replace(/\s+/gu, ' '));
    if (!form) continue;
    tabled += cased(text.slice(position, match.index)) + inCaseOf(match.text, form);
    position = match.index + match.text.length;
  }
  return tabled + cased(text.slice(position));

  function cased(piece: string): string {
    return piece.replace(/\p{Lu}[\p{Lu}\p{M}’']*(?:-\p{Lu}[\p{Lu}\p{M}’']*)*/gu, (word) => {
      if (names.entries.has(word)) return word;
      return word
        .split(/(?<=-)/u)
        .map((part) => {
          const bare = lower(part.replace(/-$/u, ''));
          if (capitalized.has(bare)) return capital(part);
          // A word that is no common word stays in capitals: nothing tells a name from an acronym (`HIMARS`).
          return words.isCommonWord?.(bare) ? lower(part) : part;
        })
        .join('');
    });
  }
}

/** `printed` (`REPUBLIC  OF POLAND`) in the letter case of `form` (`Republic of Poland`), its white space kept. */
function inCaseOf(printed: string, form: string): string {
  let index = 0;
  let result = '';
  for (const character of printed) {
    if (/\s/u.test(character)) {
      result += character;
      continue;
    }
    while (index < form.length && /\s/u.test(form[index]!)) index += 1;
    const wanted = form[index] ?? character;
    result += wanted.length === character.length && wanted.toUpperCase() === character ? wanted : character;
    index += 1;
  }
  return result;
}
