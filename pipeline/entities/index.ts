/**
 * The entity stage: tags persons, states, organizations, places, roles, dates, UN references and events
 * in every text of the document and gathers them into one entity per real thing, with ids that are the
 * same in every letter and every language (`state:AFG`, `org:sco`, `person:hamid-karzai`).
 */
import type { Signature, UnDocument } from '../model/index.ts';
import { textNodes } from '../model/text-nodes.ts';
import { stageContext, type NoOptions, type Stage, type StageContext } from '../stage.ts';
import { gatherEntities, joinPersons, type PlacedMention, resolveAnaphors, resolveRoles } from './gather.ts';
import { findMentions, type FindOptions } from './recognize.ts';
import { findDefinitions, lexiconOf } from './recognizers/acronym.ts';
import { completeResolutionYears } from './recognizers/reference.ts';
import { gazetteer } from './gazetteer.ts';
import { normalizeApostrophes } from './text.ts';

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
export function tagEntities(document: UnDocument, _options: EntityOptions = {}, context: Pick<StageContext, 'languages' | 'warn'> = stageContext('entities')): UnDocument {
  const language = context.languages.get(document.lang);
  const words = language.entities;
  if (!words) {
    context.warn({ code: 'no-entity-data', message: `no entity data for language ${document.lang}` });
    return { ...document, entities: [] };
  }
  const pieces = textNodes(document).filter((piece) => piece.text !== '');
  // Definitions first, over the whole document: an acronym may be used before the sentence that defines it.
  const names = gazetteer(language.code);
  const lexicon = lexiconOf(pieces.filter((piece) => !piece.field).flatMap((piece) => findDefinitions(normalizeApostrophes(piece.text), words, names)));
  let placed: PlacedMention[] = [];
  for (const piece of pieces) {
    for (const mention of findMentions(piece.text, language, { field: fieldKind(piece.field), lexicon })) {
      placed.push(piece.field ? { nodeId: piece.nodeId, field: piece.field, mention } : { nodeId: piece.nodeId, mention });
    }
  }
  const longForms = new Map<string, string[]>();
  for (const [form, entry] of lexicon) if (/\s/.test(form)) longForms.set(entry.id, [...(longForms.get(entry.id) ?? []), form]);
  placed = joinPersons(resolveRoles(resolveAnaphors(placed, language.code, words, longForms)));
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
    annexes: document.annexes.map((annex) => ({ ...annex, signatures: annex.signatures.map(link) })),
    entities,
  };
}

/** The `entities` stage. */
export const entitiesStage: Stage<EntityOptions, 'entities'> = { name: 'entities', run: tagEntities };

/** A signatory holds the roles written in their signature block (its role lines and honorific). */
function linkSignatories(document: UnDocument, placed: PlacedMention[]): void {
  const signatures = [...document.letter.signatures, ...document.annexes.flatMap((annex) => annex.signatures)];
  for (const signature of signatures) {
    const inBlock = placed.filter((item) => item.nodeId === signature.id);
    const person = inBlock.find((item) => item.mention.type === 'person' && item.field === 'name');
    if (!person) continue;
    const roleIds = inBlock.filter((item) => item.mention.type === 'role').map((item) => item.mention.id);
    if (roleIds.length) person.mention.roleIds = [...new Set([...(person.mention.roleIds ?? []), ...roleIds])];
  }
}
