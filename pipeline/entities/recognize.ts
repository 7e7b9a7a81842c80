/**
 * The text-level recognizer: every entity mention in one reflowed text, from the shared name tables, the
 * language's cues (pipeline/lang/<code>/entities.json) and a few patterns (dates, symbols, names after
 * an honorific or the signed mark, organs of organizations, places named by their context). One recognizer
 * per kind of entity lives in `recognizers/`; this module runs them in order (organs need the known names,
 * events the places, roles the persons and complements) and keeps the strongest of overlapping candidates.
 */
import { foldDigits } from '../dates/digits.ts';
import type { LanguageResources } from '../lang/types.ts';
import { gazetteer } from './gazetteer.ts';
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

  if (field === 'name') return signatoryName(text, words, patterns);

  const named: Candidate[] = [
    // The document's own definitions first: of two equal candidates the first is kept.
    ...lexiconMentions(normalized, options.lexicon),
    // A bare head the tables know (`Secretariat`) yields to a longer name around it (`Technical Secretariat`).
    ...tableMentions(normalized, names).map((candidate) =>
      candidate.type === 'organization' && !/\s/.test(candidate.text) && words.organizationHeads.includes(candidate.text) ? { ...candidate, priority: PRIORITY.anaphor } : candidate,
    ),
  ];
  const candidates: Candidate[] = [
    ...named,
    ...formalStates(normalized, names, patterns),
    ...dates(normalized, language, options.numericDateOrder),
    ...findReferences(normalized, words).map((mention) => ({ ...mention, priority: PRIORITY.reference })),
    ...persons(normalized, words, patterns, named, names),
    ...contextPlaces(normalized, words, patterns, names, language.months),
  ];
  const known = candidates.filter((candidate) => candidate.fromTable);
  candidates.push(...organs(normalized, words, patterns, known, language.months));
  candidates.push(...anaphors(normalized, patterns, words));
  const events = [
    ...findEvents(normalized, words, patterns, candidates.filter((candidate) => candidate.type === 'location')),
    ...(words.organizationModifiersFirst ? namedEvents(normalized, words, candidates.filter((candidate) => candidate.fromTable || candidate.type === 'location')) : []),
  ].filter((event, index, all) => !all.some((other, otherIndex) => otherIndex < index && other.start < event.end && event.start < other.end));
  const flat = resolveOverlaps(
    candidates.filter((candidate) => !(candidate.type === 'organization' && !candidate.fromTable && events.some((event) => overlaps(event, candidate)))),
  );
  markDefinitions(normalized, flat);
  const roles = words.roleGrammar ? grammarRoles(normalized, words, flat, field === 'role', names, language.months) : findRoles(normalized, words, patterns, flat, field === 'role');
  linkPersonsToRoles(normalized, flat, roles, patterns);
  // A name set beside a role is bounded by its capitals, so any cased script reads it (`Enviado Especial …, Ana
  // Lima,`, `Специального посланника … Ханса Грундберга`); a script without capitals has its own reading.
  const cased = language.script?.cased ?? true;
  const beside = words.organizationModifiersFirst || cased ? namesBesideRoles(normalized, words, roles, flat, names) : uncasedNamesBesideRoles(normalized, words, roles, flat);
  const unmarked = words.organizationModifiersFirst ? unmarkedNames(normalized, words, [...flat, ...beside, ...roles, ...events]) : [];
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
