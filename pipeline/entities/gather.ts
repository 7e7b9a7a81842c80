/**
 * From mentions found node by node to one entity per real thing: anaphors resolved to the organization
 * they refer back to, short person names joined to the full name, display names and names in other
 * languages taken from the tables.
 */
import type { EntityWords } from '../lang/types.ts';
import type { Entity, LanguageCode, Mention } from '../model/index.ts';
import { gazetteer, locationById, organizationById, stateByCode } from './gazetteer.ts';
import type { TextMention } from './mention.ts';
import { canonicalText, slug } from './text.ts';

/** A mention found in one node of the document, in reading order. */
export interface PlacedMention {
  nodeId: string;
  field?: string;
  mention: TextMention;
}

/**
 * Gives each anaphor the id of the organization most recently mentioned whose name has the anaphor's
 * head noun in head position (`Organisation` → `Organisation de Shanghai pour la coopération`). An
 * anaphor with no such antecedent is dropped: better no mention than a wrong one.
 */
export function resolveAnaphors(placed: PlacedMention[], language: LanguageCode, words: EntityWords): PlacedMention[] {
  const names = gazetteer(language).organizationNames;
  const recent: { id: string; forms: string[] }[] = [];
  const defined = new Map<string, string>();
  const linkWords = new Set(words.organizationLinks.map((link) => link.split(' ')[0]!));
  const result: PlacedMention[] = [];
  for (const item of placed) {
    const { mention } = item;
    if (mention.type !== 'organization') {
      result.push(item);
      continue;
    }
    if (!mention.anaphor) {
      // Only a full name or an acronym sets the antecedent: `Charte des Nations Unies` names the UN
      // without making it what `l’Organisation` refers back to. The organization's main name and its
      // acronyms bring all its names along: English calls the UN `United Nations`, and `the
      // Organization` refers back to it through `United Nations Organization`.
      const text = canonicalText(mention.text);
      const known = names.get(mention.id) ?? [];
      const acronym = /^[\p{Lu}\d&.\-]{2,}$/u.test(text);
      const forms = acronym || known[0] === text ? [text, ...known] : [text];
      recent.unshift({ id: mention.id, forms });
      result.push(item);
      continue;
    }
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
    const antecedent = recent.find((candidate) =>
      candidate.forms.some((form) => {
        const parts = form.split(' ');
        // Head last (`Shanghai Cooperation Organization`), but before a complement (`Council of the Structure`).
        const linkIndex = parts.findIndex((part, index) => index > 0 && linkWords.has(part));
        const headWord = words.anaphoraHeadPosition === 'first' ? parts[0] : parts[(linkIndex > 0 ? linkIndex : parts.length) - 1];
        return parts.length > 1 && headWord === head;
      }),
    );
    if (!antecedent) continue;
    result.push({ ...item, mention: { ...mention, id: antecedent.id, normalized: antecedent.id.slice(4) } });
  }
  return result;
}

/** Words of a person's name, initials without their dot, in lower case without diacritics. */
function nameWords(name: string): string[] {
  return slug(name).split('-').filter(Boolean);
}

/**
 * `M. Abdrakhmanov` after `M. Kairat Abdrakhmanov`, `N. Nazarbaev` beside `Noursoultan Nazarbaev`: a
 * shorter name whose surname matches and whose other words are initials of the longer one is the same
 * person. Ambiguous short names (two persons with that surname) stay apart.
 */
export function joinPersons(placed: PlacedMention[]): PlacedMention[] {
  const persons = [...new Set(placed.filter((item) => item.mention.type === 'person').map((item) => item.mention.id))];
  const wordsById = new Map(persons.map((id) => [id, id.slice(7).split('-')]));
  const target = new Map<string, string>();
  for (const id of persons) {
    const short = wordsById.get(id)!;
    const candidates = persons.filter((other) => {
      if (other === id) return false;
      const long = wordsById.get(other)!;
      if (long.length <= short.length || long[long.length - 1] !== short[short.length - 1]) return false;
      // Every other word of the short name is an initial or a word of the long one.
      return short.slice(0, -1).every((word) => long.slice(0, -1).some((full) => full === word || (word.length === 1 && full.startsWith(word))));
    });
    if (candidates.length === 1) target.set(id, candidates[0]!);
  }
  if (!target.size) return placed;
  void nameWords;
  return placed.map((item) => {
    const joined = target.get(item.mention.id);
    return joined ? { ...item, mention: { ...item.mention, id: joined, normalized: joined.slice(7) } } : item;
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
      // The longest form is the display name (`Kairat Abdrakhmanov`, not `Abdrakhmanov`).
      if (canonicalText(mention.text).length > entity.text.length) entity.text = canonicalText(mention.text);
      for (const roleId of mention.roleIds ?? []) {
        entity.roleIds ??= [];
        if (!entity.roleIds.includes(roleId)) entity.roleIds.push(roleId);
      }
    }
  }
  for (const entity of byId.values()) describe(entity, language);
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
