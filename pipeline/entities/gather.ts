/**
 * From mentions found node by node to one entity per real thing: anaphors resolved to the organization
 * they refer back to, short person names joined to the full name, display names and names in other
 * languages taken from the tables.
 */
import type { EntityWords } from '../lang/types.ts';
import type { Entity, LanguageCode, Mention } from '../model/index.ts';
import { gazetteer, locationById, organizationById, stateByCode } from './gazetteer.ts';
import type { TextMention } from './mention.ts';
import { personId, personSoundKey } from './person-id.ts';
import { canonicalText, slug } from './text.ts';

/** A mention found in one node of the document, in reading order. */
export interface PlacedMention {
  nodeId: string;
  field?: string;
  mention: TextMention;
}

/** The word of a name that heads it: its first word, or in English word order the last before a link. */
function headIndex(words: string[], linkWords: Set<string>, position: 'first' | 'last'): number {
  if (position === 'first') return 0;
  const link = words.findIndex((word, index) => index > 0 && linkWords.has(word));
  return (link > 0 ? link : words.length) - 1;
}

/**
 * Whether `phrase` refers back to the body named `name`: its words stand together in the name, its
 * head among them (`Council` in `Security Council`, `Review Group` and `Independent Review Group` in
 * `Independent Review Group on UNRWA`, `Panel of Experts` in `Panel of Experts on the Sudan`).
 */
function refersTo(phrase: string[], name: string[], linkWords: Set<string>, position: 'first' | 'last'): boolean {
  if (name.length < 2 || phrase.length > name.length) return false;
  const head = headIndex(name, linkWords, position);
  for (let start = 0; start + phrase.length <= name.length; start += 1) {
    if (phrase.every((word, offset) => name[start + offset] === word) && start <= head && head < start + phrase.length) return true;
  }
  return false;
}

/**
 * Gives each anaphor the id of the body most recently named whose name holds the anaphor's words with
 * its head (`the Council` → the council named last; `the Review Group` → `Independent Review Group on
 * UNRWA`; `the Conference` → a conference, which may be an event). A name the patterns found that is a
 * part of a longer name given earlier is that body too (`Independent Review Group` after `Independent
 * Review Group on UNRWA`); so is a bare head the tables know (`Secretariat`) when the letter names another
 * secretariat before it. An anaphor with no such antecedent is dropped: better no mention than a wrong one.
 */
export function resolveAnaphors(placed: PlacedMention[], language: LanguageCode, words: EntityWords, longForms: Map<string, string[]> = new Map()): PlacedMention[] {
  const names = gazetteer(language).organizationNames;
  const recent: { id: string; type: 'organization' | 'event'; forms: string[][] }[] = [];
  const defined = new Map<string, string>();
  // The words that open a name's complement; a coordinator joins modifiers before the head (`Economic and
  // Social Council` is a council).
  const coordinators = new Set(words.nameCoordinators);
  const linkWords = new Set([...words.organizationLinks, ...(words.nameLinkWords ?? [])].flatMap((link) => link.split(' ')).filter((word) => !coordinators.has(word)));
  const position = words.anaphoraHeadPosition;
  const heads = new Set([...words.anaphoraHeads, ...words.organizationHeads]);
  const split = (text: string) => canonicalText(text).split(' ');
  // A body the letter names once with a prefix (`org:jcpoa-joint-commission`) has that id wherever its
  // name recurs without it.
  // So does a body named once with the resolution that set it up (`Security Council Committee pursuant to
  // resolution 1267 …` → `org:unsc-committee-1267`), unless the letter gives the name two such ids.
  const prefixedIds = new Map<string, string | null>();
  for (const { mention } of placed) {
    if (mention.type !== 'organization' || mention.fromTable || !mention.id) continue;
    const plain = `org:${slug(mention.text)}`;
    const general = mention.generalId ?? (mention.id !== plain && mention.id.endsWith(`-${plain.slice(4)}`) ? plain : undefined);
    if (!general) continue;
    const known = prefixedIds.get(general);
    prefixedIds.set(general, known === undefined || known === mention.id ? mention.id : null);
  }
  const result: PlacedMention[] = [];
  for (const item of placed) {
    const { mention } = item;
    if (mention.type === 'event') {
      if (mention.id) recent.unshift({ id: mention.id, type: 'event', forms: [split(mention.text)] });
      result.push(item);
      continue;
    }
    if (mention.type !== 'organization') {
      result.push(item);
      continue;
    }
    const text = canonicalText(mention.text);
    if (mention.anaphor) {
      const head = canonicalText(mention.anaphor);
      if (mention.definition && mention.id) {
        defined.set(head, mention.id);
        result.push(item);
        continue;
      }
      const definedId = defined.get(head);
      if (definedId) {
        result.push({ ...item, mention: { ...mention, id: definedId, normalized: definedId.slice(4) } });
        continue;
      }
    }
    const prefixedId = !mention.fromTable && mention.id ? (prefixedIds.get(mention.id) ?? undefined) : undefined;
    if (prefixedId) {
      const resolved = { ...item, mention: { ...mention, id: prefixedId, normalized: prefixedId.slice(4) } };
      recent.unshift({ id: prefixedId, type: 'organization', forms: [split(text)] });
      result.push(resolved);
      continue;
    }
    const phrase = split(mention.anaphor ?? text);
    // Patterns' names and bare heads may refer back; table names and acronyms are what they say.
    const barehead = phrase.length === 1 && heads.has(phrase[0]!);
    // A name the letter made specific (`Security Council Committee pursuant to resolution 2127 …`) is that body.
    if (mention.anaphor || ((!mention.fromTable && !mention.generalId) || barehead)) {
      const antecedent = recent.find((candidate) => candidate.id !== mention.id && candidate.forms.some((form) => refersTo(phrase, form, linkWords, position)));
      if (antecedent) {
        const id = antecedent.id;
        result.push({ ...item, mention: { ...mention, type: antecedent.type, id, normalized: id.slice(id.indexOf(':') + 1) } });
        continue;
      }
      if (mention.anaphor) continue;
    }
    // A full name or an acronym sets the antecedent, with every name of the body: English calls the UN
    // `United Nations`, and `the Organization` refers back to it through `United Nations Organization`.
    const known = names.get(mention.id) ?? [];
    const acronym = /^[\p{Lu}\d&.\-]{2,}$/u.test(text);
    const forms = acronym || known[0] === text || mention.fromTable ? [text, ...known, ...(longForms.get(mention.id) ?? [])] : [text];
    recent.unshift({ id: mention.id, type: 'organization', forms: forms.map(split) });
    result.push(item);
  }
  return result;
}

/** Words of a person's name, initials without their dot, in lower case without diacritics. */
function nameWords(name: string): string[] {
  return slug(name).split('-').filter(Boolean);
}

/**
 * In a script without capitals nothing but a stop ends a name after a form of address, so `السيدة كاغ بمسؤوليات`
 * (`Ms. Kaag with the responsibilities`) is read whole. A person already named in full in the document is named
 * again by the surname: such a name whose first word is the last word of another person's full name (two words
 * or more) is that surname alone, and `joinPersons` then gives it the full name's id.
 */
export function trimToKnownSurnames(placed: PlacedMention[]): PlacedMention[] {
  const uncased = (text: string) => /\p{Lo}/u.test(text) && !/[\p{Lu}\p{Ll}]/u.test(text);
  const surnames = new Map<string, Set<string>>();
  for (const { mention } of placed) {
    const parts = mention.text.trim().split(/\s+/u);
    if (mention.type !== 'person' || !uncased(mention.text) || parts.length < 2) continue;
    surnames.set(parts.at(-1)!, new Set([...(surnames.get(parts.at(-1)!) ?? []), mention.id]));
  }
  if (!surnames.size) return placed;
  return placed.map((item) => {
    const { mention } = item;
    if (mention.type !== 'person' || !mention.honorific || !uncased(mention.text)) return item;
    const first = mention.text.match(/^\S+/u)?.[0];
    if (!first || first === mention.text.trim() || ![...(surnames.get(first) ?? [])].some((id) => id !== mention.id)) return item;
    return { ...item, mention: { ...mention, end: mention.start + first.length, text: first, id: personId(first), normalized: first } };
  });
}

/**
 * Persons printed in a case no word around them gives (`сменяет Тора Веннесланда`) in the form of their own
 * entry, by the nominative surnames the document's forms of address and functions give (`г-ну Веннесланду` →
 * `Веннесланд`; `EntityWords.personBaseNameByKnownSurnames`), so that `joinPersons` meets them.
 */
export function nominativesByKnownSurnames(placed: PlacedMention[], words: EntityWords | undefined): PlacedMention[] {
  const decline = words?.personBaseNameByKnownSurnames;
  if (!decline) return placed;
  const printed = (mention: TextMention) => canonicalText(mention.text) === canonicalText(mention.normalized);
  const surnames = new Set(placed.filter(({ mention }) => mention.type === 'person' && !printed(mention)).map(({ mention }) => canonicalText(mention.normalized).split(' ').at(-1)!));
  if (!surnames.size) return placed;
  return placed.map((item) => {
    const { mention } = item;
    if (mention.type !== 'person' || !printed(mention)) return item;
    const base = decline(canonicalText(mention.text), surnames);
    return base ? { ...item, mention: { ...mention, id: personId(base), normalized: base } } : item;
  });
}

/**
 * `M. Abdrakhmanov` after `M. Kairat Abdrakhmanov`, `N. Nazarbaev` beside `Noursoultan Nazarbaev`: a
 * shorter name whose surname matches and whose other words are initials of the longer one is the same
 * person. Ambiguous short names (two persons with that surname) stay apart.
 */
export function joinPersons(placed: PlacedMention[]): PlacedMention[] {
  const wordsById = new Map<string, string[]>();
  const normalizedById = new Map<string, string>();
  for (const { mention } of placed) {
    if (mention.type !== 'person' || wordsById.has(mention.id)) continue;
    // The name as its entry writes it: a declined form prints other endings (`Веннесланду`, `Тор Веннесланд`).
    wordsById.set(mention.id, nameWords(mention.normalized));
    normalizedById.set(mention.id, mention.normalized);
  }
  const persons = [...wordsById.keys()];
  const target = new Map<string, string>();
  for (const id of persons) {
    const short = wordsById.get(id)!;
    const candidates = persons.filter((other) => {
      if (other === id) return false;
      const long = wordsById.get(other)!;
      // As long a name is a shorter one when it writes initials where the other writes names (`V. Turk`).
      if (long.length < short.length || long[long.length - 1] !== short[short.length - 1]) return false;
      if (long.length === short.length && !short.some((word, index) => word.length === 1 && long[index]!.length > 1)) return false;
      // Every other word of the short name is an initial or a word of the long one.
      return short.slice(0, -1).every((word) => long.slice(0, -1).some((full) => full === word || (word.length === 1 && full.startsWith(word))));
    });
    if (candidates.length === 1) target.set(id, candidates[0]!);
    // A single word is also the first of two surnames (`Lázaro` for `Aroldo Lázaro Sáenz`): the word before the last
    // of a name of three words or more, when exactly one name has it there.
    else if (!candidates.length && short.length === 1) {
      const surnames = persons.filter((other) => other !== id && wordsById.get(other)!.length > 2 && wordsById.get(other)!.at(-2) === short[0]);
      if (surnames.length === 1) target.set(id, surnames[0]!);
    }
  }
  if (!target.size) return placed;
  return placed.map((item) => {
    const joined = target.get(item.mention.id);
    return joined ? { ...item, mention: { ...item.mention, id: joined, normalized: normalizedById.get(joined)! } } : item;
  });
}

/** One entity per id, mentions in reading order, names from the tables. */
export function gatherEntities(placed: PlacedMention[], language: LanguageCode): Entity[] {
  const byId = new Map<string, Entity>();
  for (const { nodeId, field, mention } of placed) {
    let entity = byId.get(mention.id);
    if (!entity) {
      entity = { id: mention.id, type: mention.type, text: mention.text, normalized: mention.normalized, mentions: [] };
      byId.set(mention.id, entity);
    }
    const placedMention: Mention = { nodeId, start: mention.start, end: mention.end, text: mention.text };
    if (field) placedMention.field = field;
    entity.mentions.push(placedMention);
    if (mention.type === 'person') {
      if (mention.honorific && !entity.honorific) entity.honorific = mention.honorific;
      if (mention.postNominal && !entity.postNominal) entity.postNominal = mention.postNominal;
      if (mention.affiliation && !entity.affiliation) entity.affiliation = mention.affiliation;
      // The longest form is the display name (`Kairat Abdrakhmanov`, not `Abdrakhmanov`).
      if (canonicalText(mention.text).length > entity.text.length) entity.text = canonicalText(mention.text);
      for (const roleId of mention.roleIds ?? []) {
        entity.roleIds ??= [];
        if (!entity.roleIds.includes(roleId)) entity.roleIds.push(roleId);
      }
    }
  }
  for (const entity of byId.values()) {
    describe(entity, language);
    // The key of the name as its own entry writes it (`Сергей Лавров`, not the printed `Сергея Лаврова`): a case
    // ending would add a consonant to it (`Лавровым`).
    if (entity.type === 'person') entity.soundKey = personSoundKey(entity.normalized);
  }
  return [...byId.values()];
}

/** Display text, normalized value and names in other languages from the tables. */
function describe(entity: Entity, language: LanguageCode): void {
  entity.text = canonicalText(entity.text);
  if (entity.type === 'state') {
    const state = stateByCode.get(entity.normalized);
    if (state) {
      entity.text = state.names[language] ?? entity.text;
      entity.names = { ...state.names };
    }
  } else if (entity.type === 'organization') {
    const organization = organizationById.get(entity.normalized);
    if (organization) {
      entity.text = organization.names[language] ?? entity.text;
      entity.names = { ...organization.names };
      const acronyms = [...new Set(Object.values(organization.acronyms).flat())];
      if (acronyms.length) entity.acronyms = acronyms;
    }
  } else if (entity.type === 'location') {
    const location = locationById.get(entity.normalized);
    if (location) {
      entity.text = location.names[language] ?? entity.text;
      entity.names = { ...location.names };
    }
  }
}

/** The owner part of a role id (`IRN` of `role:permanent-representative:IRN`), or undefined. */
function ownerOf(roleId: string): string | undefined {
  const parts = roleId.split(':');
  return parts.length > 2 ? parts.slice(2).join(':') : undefined;
}

/**
 * Roles over the document: an owner that was an anaphor (`President of the Council`) takes the body it was
 * resolved to; a function printed alone takes the id of the role it shortens, named last before it
 * (`the Facilitator` after `Security Council Facilitator`, `Director-General` after `Director General of
 * the Organisation …`), or on a signature line (its functions and honorific) the owner its block names
 * (`Permanent Mission of France`), else the sender's: the owner of a role the letter's title names outside
 * its addressees (`addressed to the President of the Security Council` is no sender). A bare function that
 * refers to nothing is dropped.
 */
export function resolveRoles(placed: PlacedMention[], titleAddressees: readonly string[] = []): PlacedMention[] {
  const senderOwner = placed
    .filter((item) => item.nodeId === 'letter.title' && item.mention.type === 'role' && !titleAddressees.some((addressee) => addressee.includes(item.mention.text)))
    .map((item) => ownerOf(item.mention.id))
    .find((owner) => owner !== undefined);
  const recent: { id: string; functionSlug: string }[] = [];
  const result: PlacedMention[] = [];
  for (const item of placed) {
    const { mention } = item;
    if (mention.type !== 'role' || !mention.functionSlug) {
      result.push(item);
      continue;
    }
    let id = mention.id;
    let bare = mention.bare === true;
    // A body that owns the role and was resolved over the document (`the Working Group` after the Working
    // Group on … named in full) gives the role its resolved id.
    const ownerCode = id.split(':')[2];
    if (!mention.pendingOwner && ownerCode && /^\p{Ll}/u.test(ownerCode)) {
      const body = placed.find(
        (other) =>
          other.nodeId === item.nodeId &&
          other.field === item.field &&
          other.mention.type === 'organization' &&
          other.mention.id &&
          other.mention.start >= mention.start &&
          other.mention.end <= mention.end &&
          (other.mention.end === mention.end || other.mention.start === mention.start),
      );
      const code = body?.mention.id.slice(body.mention.id.indexOf(':') + 1);
      if (code && code !== ownerCode && code !== 'un') id = `role:${mention.functionSlug}:${code}`;
    }
    if (mention.pendingOwner) {
      const owner = placed.find(
        (other) => other.nodeId === item.nodeId && other.field === item.field && other.mention.type === 'organization' && other.mention.start === mention.pendingOwner!.start && other.mention.id,
      );
      const code = owner?.mention.id.slice(owner.mention.id.indexOf(':') + 1);
      if (code && code !== 'un') id = `role:${mention.functionSlug}:${code}`;
      else bare = true;
    }
    if (bare) {
      let resolved: string | undefined;
      // A function of the United Nations signed under a State's block is still the UN's (`Under-Secretary-General …`).
      if ((item.field?.startsWith('roles.') || item.field === 'honorific') && !mention.unFunction) {
        const inBlock =
          placed.find((other) => other.nodeId === item.nodeId && other !== item && (other.mention.type === 'state' || (other.mention.type === 'organization' && other.mention.id && other.mention.id !== 'org:un'))) ??
          // A territory that is no State, printed on a line of the block of its own (`Representative` ⏎
          // `Turkish Republic of Northern Cyprus`), owns the function as a State would.
          placed.find((other) => other.nodeId === item.nodeId && other.field !== item.field && other.field?.startsWith('roles.') && other.mention.type === 'location' && other.mention.start === 0);
        const code = inBlock ? inBlock.mention.id.slice(inBlock.mention.id.indexOf(':') + 1) : senderOwner;
        // `Presidente` over a working group's block is its chair (the language's `bodyFunction`).
        const body = inBlock?.mention.type === 'organization' && mention.bodyFunction && code && !mention.bodyFunction.keptBy.includes(code);
        resolved = code ? `role:${body ? mention.bodyFunction!.id : mention.functionSlug}:${code}` : undefined;
      } else {
        const slug = mention.functionSlug;
        resolved = recent.find((role) => role.functionSlug === slug || role.functionSlug.startsWith(`${slug}-`))?.id;
      }
      if (!resolved && !mention.keepIfAlone) continue;
      id = resolved ?? id;
    }
    result.push(id === mention.id ? item : { ...item, mention: { ...mention, id, normalized: id.slice(5) } });
    recent.unshift({ id, functionSlug: mention.functionSlug });
  }
  return result;
}
