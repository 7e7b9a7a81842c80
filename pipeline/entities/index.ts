/**
 * The entity stage: tags persons, states, organizations, places, roles, dates, UN references and events
 * in every text of the document and gathers them into one entity per real thing, with ids that are the
 * same in every letter and every language (`state:AFG`, `org:sco`, `person:hamid-karzai`).
 */
import type { EntityWords, LanguageRegistry, LanguageResources } from '../lang/types.ts';
import type { DistributionHeader, Signature, UnDocument } from '../model/index.ts';
import type { TextMention } from './mention.ts';
import { allAnnexes, mapAnnexes, readingTexts } from '../model/text-nodes.ts';
import { stageContext, type NoOptions, type Stage, type StageContext } from '../stage.ts';
import { gatherEntities, joinPersons, nominativesByKnownSurnames, type PlacedMention, resolveAnaphors, resolveRoles, trimToKnownSurnames } from './gather.ts';
import { findMentions, type FindOptions } from './recognize.ts';
import { findDefinitions, knownInstruments, lexiconOf } from './recognizers/acronym.ts';
import { completeResolutionYears } from './recognizers/reference.ts';
import { numericDateOrder } from './recognizers/date.ts';
import { isRunningFurniture } from './furniture.ts';
import { joinOfficials, joinSpellings, personId } from './person-id.ts';
import { normalizedName } from './recognizers/person.ts';
import { gazetteer } from './gazetteer.ts';
import { escapeRegExp, normalizeApostrophes, slug } from './text.ts';
import { textWindows } from './windows.ts';

export { findMentions } from './recognize.ts';
export type { FindOptions, TextMention } from './recognize.ts';

/** The entity stage has no options: the language's cues come from the context. */
export type EntityOptions = NoOptions;

/** How a text is read: a signatory's name, a role line of a signature block, or running text. */
function fieldKind(field: string | undefined): FindOptions['field'] {
  if (field === undefined) return 'text';
  return field === 'name' ? 'name' : 'role';
}

/** Fills `entities` and links signatures to their person entities. */
export function tagEntities(document: UnDocument, options: EntityOptions = {}, context: Pick<StageContext, 'languages' | 'warn'> = stageContext('entities')): UnDocument {
  const steps = entitySteps(document, options, context);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The tagging as a sequence of steps: it yields after each window of text, so that the stage may give the
 * event loop a turn (a queue worker renews its job locks) and stop on the time budget.
 */
export function* entitySteps(document: UnDocument, _options: EntityOptions, context: Pick<StageContext, 'languages' | 'warn'>): Generator<void, UnDocument> {
  const language = context.languages.get(document.lang);
  const words = language.entities;
  if (!words) {
    context.warn({ code: 'no-entity-data', message: `no entity data for language ${document.lang}` });
    return { ...document, entities: [] };
  }
  // A running head or foot left in the text flow names the document itself, nothing the letter speaks of.
  const pieces = readingTexts(document).filter((piece) => piece.text !== '' && !isRunningFurniture(piece.text, document.symbol));
  // Definitions first, over the whole document: an acronym may be used before the sentence that defines it.
  const names = gazetteer(language.code, language.entities);
  const definitions: ReturnType<typeof findDefinitions> = [];
  for (const piece of pieces.filter((candidate) => !candidate.field)) {
    for (const { start, end } of textWindows(piece.text)) {
      definitions.push(...findDefinitions(normalizeApostrophes(piece.text.slice(start, end)), words, names));
      definitions.push(...knownInstruments(normalizeApostrophes(piece.text.slice(start, end)), language.code));
      if (end - start === piece.text.length) continue;
      yield;
    }
  }
  const lexicon = lexiconOf(definitions);
  const dateOrder = numericDateOrder(pieces.map((piece) => piece.text));
  let placed: PlacedMention[] = fieldMentions(document, language, context.languages);
  for (const piece of pieces) {
    for (const { start, end } of textWindows(piece.text)) {
      const text = start === 0 && end === piece.text.length ? piece.text : piece.text.slice(start, end);
      for (const found of findMentions(text, language, { field: fieldKind(piece.field), lexicon, numericDateOrder: dateOrder })) {
        if (found.type === 'role' && piece.field === 'honorific' && isRank(piece.text, words)) continue;
        const mention = start === 0 ? found : { ...found, start: found.start + start, end: found.end + start };
        placed.push(piece.field ? { nodeId: piece.nodeId, field: piece.field, mention } : { nodeId: piece.nodeId, mention });
      }
      yield;
    }
  }
  placed.push(...placesNamedAgain(pieces, placed));
  placed.push(...personsNamedAgain(pieces, placed, words));
  placed = placesThatArePersons(placed);
  const longForms = new Map<string, string[]>();
  for (const [form, entry] of lexicon) if (/\s/.test(form)) longForms.set(entry.id, [...(longForms.get(entry.id) ?? []), form]);
  placed = joinOfficials(joinSpellings(joinPersons(nominativesByKnownSurnames(trimToKnownSurnames(resolveRoles(resolveAnaphors(placed, language.code, words, longForms), document.letter.addressees)), words))));
  const completed = completeResolutionYears(placed.map((item) => item.mention));
  placed = placed.map((item, index) => ({ ...item, mention: completed[index]! }));
  linkSignatories(document, placed);
  const entities = gatherEntities(placed, language.code);
  const personOf = new Map<string, string>();
  for (const item of placed) {
    if (item.mention.type === 'person' && item.field === 'name') personOf.set(item.nodeId, item.mention.id);
  }
  const link = (signature: Signature): Signature => {
    const personId = personOf.get(signature.id);
    return personId ? { ...signature, personId } : signature;
  };
  return {
    ...document,
    letter: { ...document.letter, signatures: document.letter.signatures.map(link) },
    annexes: mapAnnexes(document.annexes, (annex) => ({ ...annex, signatures: annex.signatures.map(link) })),
    entities,
  };
}

/** A signature's honorific that is a diplomatic rank (`Minister`), which names no office. */
function isRank(honorific: string, words: EntityWords): boolean {
  const bare = honorific.replace(/[\s,]+$/u, '');
  return (words.signatureRanks ?? []).some((rank) => rank.toLowerCase() === bare.toLowerCase());
}

/**
 * What the model keeps as fields rather than text nodes and a reader sees on the first page: the masthead's
 * lines (node `pageMarks`, field the line's index), the symbol (`A/79/716-S/2025/18`), the organs and the agenda items of the distribution header. Their mentions point
 * at the field: node `symbol`, or node `header` with field `organs.0`, `agendaItems.1`.
 */
function fieldMentions(document: UnDocument, language: LanguageResources, languages: LanguageRegistry): PlacedMention[] {
  const placed: PlacedMention[] = [];
  const add = (nodeId: string, field: string | undefined, mentions: TextMention[]) => {
    for (const mention of mentions) placed.push(field ? { nodeId, field, mention } : { nodeId, mention });
  };
  // The masthead's lines (`United Nations`, the organs, the date of issue) stay out of the text flow as page
  // marks; a reader sees them, so they are read, but the symbol printed there has its mention on `symbol`.
  const distribution = language.entities?.distributionLanguage;
  const ownScript = language.script ? new RegExp(`\\p{Script=${language.script.name}}`, 'u') : undefined;
  document.pageMarks?.forEach((mark, index) => {
    if (mark.kind !== 'masthead') return;
    const reader = distribution && ownScript && !ownScript.test(mark.text) && languages.has(distribution) ? languages.get(distribution) : language;
    add('pageMarks', String(index), findMentions(mark.text, reader).filter((mention) => mention.type !== 'reference'));
  });
  if (document.symbol) add('symbol', undefined, findMentions(document.symbol, language).filter((mention) => mention.type === 'reference'));
  document.header?.organs.forEach((organ, index) => add('header', `organs.${index}`, findMentions(organ, language).filter((mention) => mention.type === 'organization')));
  if (document.header) placed.push(...agendaMentions(document.header, language));
  return placed;
}

/**
 * The header's agenda items, read in the agenda line as printed, where a single item is the whole phrase
 * (`Agenda item 40`) and each item of a list its number (`Agenda items 32, 60 and 61`). Where the line does
 * not give every item (a header read from an older model, a wording the language's data lacks), each item
 * alone is its mention.
 */
function agendaMentions(header: DistributionHeader, language: LanguageResources): PlacedMention[] {
  const keys = header.agendaItems.map((item) => item.replace(/[\s()]/g, '')).filter((key) => /^\d{1,3}\p{Ll}?$/u.test(key));
  if (header.agendaLine) {
    const inLine = findMentions(header.agendaLine, language).filter((mention) => mention.type === 'reference' && mention.id.startsWith('ref:agenda-item-'));
    const ids = new Set(inLine.map((mention) => mention.id));
    if (inLine.length === keys.length && keys.every((key) => ids.has(`ref:agenda-item-${key}`))) return inLine.map((mention) => ({ nodeId: 'header', field: 'agendaLine', mention }));
  }
  return header.agendaItems.flatMap((item, index) => {
    const key = item.replace(/[\s()]/g, '');
    if (!/^\d{1,3}\p{Ll}?$/u.test(key)) return [];
    return [{ nodeId: 'header', field: `agendaItems.${index}`, mention: { type: 'reference', start: 0, end: item.length, text: item, id: `ref:agenda-item-${key}`, normalized: `agenda-item-${key}` } }];
  });
}

/**
 * A place the letter made known by its context (`in Bucha, Ukraine`) is that place wherever the letter
 * names it again in running text (`the population of Bucha`), where no other mention holds the words.
 */
function placesNamedAgain(pieces: readonly { nodeId: string; field?: string; text: string }[], placed: readonly PlacedMention[]): PlacedMention[] {
  const places = new Map<string, string>();
  for (const { mention } of placed) if (mention.type === 'location' && !mention.fromTable && /^\p{Lu}/u.test(mention.text)) places.set(mention.text, mention.id);
  if (!places.size) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${[...places.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}\\-])`, 'gu');
  const found: PlacedMention[] = [];
  for (const { piece, start, end, text } of freeMatches(pieces, placed, pattern)) {
    const id = places.get(text)!;
    found.push({ nodeId: piece.nodeId, mention: { type: 'location', start, end, text, id, normalized: id.slice('location:'.length) } });
  }
  return found;
}

/** The matches of a pattern in the running text (no signature or header field) that no placed mention overlaps. */
function* freeMatches(pieces: readonly { nodeId: string; field?: string; text: string }[], placed: readonly PlacedMention[], pattern: RegExp) {
  const taken = new Map<string, Array<[number, number]>>();
  for (const { nodeId, field, mention } of placed) {
    const key = `${nodeId}|${field ?? ''}`;
    taken.set(key, [...(taken.get(key) ?? []), [mention.start, mention.end]]);
  }
  for (const piece of pieces) {
    if (piece.field) continue;
    const spans = taken.get(`${piece.nodeId}|`) ?? [];
    for (const match of piece.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (spans.some(([from, to]) => start < to && from < end)) continue;
      yield { piece, start, end, text: match[0] };
    }
  }
}

/**
 * A person the letter names in full where a cue shows it (`Ana Lima, Director of …`, `(Signed) Ana Lima`)
 * is that person wherever the letter writes the name again without a cue (`a reply to Ana Lima`), and
 * where it writes the surname alone when that is no common word of the language (`the statements of Lima`
 * stays out: `lima` is one; `Kurti` is not), outside any other mention and any longer capitalized name.
 */
function personsNamedAgain(pieces: readonly { nodeId: string; field?: string; text: string }[], placed: readonly PlacedMention[], words: EntityWords | undefined): PlacedMention[] {
  const names = new Map<string, { id: string; normalized: string }>();
  const surnames = new Map<string, { id: string; normalized: string } | null>();
  for (const { mention } of placed) {
    if (mention.type !== 'person') continue;
    const parts = mention.text.split(/\s+/);
    if (parts.length < 2 || !/^\p{Lu}/u.test(mention.text)) continue;
    const entry = { id: mention.id, normalized: mention.normalized };
    names.set(parts.join(' '), entry);
    const surname = parts[parts.length - 1]!;
    // The initial of the first name before the surname (`R. Karpusha` for `Rostislav Karpusha`).
    const initial = `${parts[0]!.match(/^\p{Lu}/u)?.[0] ?? ''}. ${surname}`;
    if (parts.length > 1 && initial.length > 3 && !/^\p{Lu}\.$/u.test(parts[0]!) && !names.has(initial)) names.set(initial, entry);
    if (surname.length < 3 || !/^\p{Lu}\p{Ll}/u.test(surname) || !words?.isCommonWord || words.isCommonWord(surname)) continue;
    // A surname two persons share names neither alone.
    const known = surnames.get(surname);
    surnames.set(surname, known === undefined || known?.id === mention.id ? entry : null);
  }
  if (!names.size) return [];
  const forms = [...names.keys(), ...[...surnames].filter(([, entry]) => entry).map(([surname]) => surname)];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${forms.sort((a, b) => b.length - a.length).map((form) => form.split(' ').map(escapeRegExp).join('\\s+')).join('|')})(?![\\p{L}\\p{N}\\-])`, 'gu');
  const found: PlacedMention[] = [];
  for (const { piece, start, end, text } of freeMatches(pieces, placed, pattern)) {
    // Part of a longer capitalized name (`Lima Group`, `Ana Lima Costa`) is not this person.
    if (/\p{Lu}[\p{L}\p{M}’\-]*\s+$/u.test(piece.text.slice(0, start)) || /^\s+\p{Lu}/u.test(piece.text.slice(end))) continue;
    const entry = names.get(text.split(/\s+/).join(' ')) ?? surnames.get(text)!;
    found.push({ nodeId: piece.nodeId, mention: { type: 'person', start, end, text, id: entry.id, normalized: entry.normalized } });
  }
  return found;
}

/**
 * A guessed place whose last word is the surname of a person the letter names with an honorific is that person
 * (`Mme Kaag remplace Tor Wennesland (Norvège)` … `M. Wennesland`): where the language has no dictionary to
 * tell a name from a word, a lone `Name (State)` reads like a town and its State, but the letter itself tells.
 * A place of the tables keeps its id.
 */
function placesThatArePersons(placed: PlacedMention[]): PlacedMention[] {
  const surnames = new Set(placed.filter(({ mention }) => mention.type === 'person' && mention.honorific && !/\s/u.test(mention.text.trim())).map(({ mention }) => mention.text.trim()));
  if (!surnames.size) return placed;
  return placed.map((item) => {
    const { mention } = item;
    if (mention.type !== 'location' || mention.id !== `location:${slug(mention.text)}`) return item;
    const parts = mention.text.trim().split(/\s+/u);
    if (parts.length < 2 || parts.length > 4 || !parts.every((part) => /^\p{Lu}\p{Ll}/u.test(part)) || !surnames.has(parts.at(-1)!)) return item;
    return { ...item, mention: { ...mention, type: 'person', id: personId(mention.text), normalized: normalizedName(mention.text.replace(/\s+/gu, ' ')) } };
  });
}

/** The `entities` stage. */
export const entitiesStage: Stage<EntityOptions, 'entities'> = {
  name: 'entities',
  async run(document, options, context) {
    const steps = entitySteps(document, options, context);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await context.checkpoint();
    }
  },
};

/** A signatory holds the roles written in their signature block (its role lines and honorific). */
function linkSignatories(document: UnDocument, placed: PlacedMention[]): void {
  const signatures = [...document.letter.signatures, ...allAnnexes(document).flatMap((annex) => annex.signatures)];
  for (const signature of signatures) {
    const inBlock = placed.filter((item) => item.nodeId === signature.id);
    const person = inBlock.find((item) => item.mention.type === 'person' && item.field === 'name');
    if (!person) continue;
    const roleIds = inBlock.filter((item) => item.mention.type === 'role').map((item) => item.mention.id);
    if (roleIds.length) person.mention.roleIds = [...new Set([...(person.mention.roleIds ?? []), ...roleIds])];
  }
}
