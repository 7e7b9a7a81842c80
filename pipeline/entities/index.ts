/**
 * The entity stage: tags persons, states, organizations, places, roles, dates, UN references and events
 * in every text of the document and gathers them into one entity per real thing, with ids that are the
 * same in every letter and every language (`state:AFG`, `org:sco`, `person:hamid-karzai`).
 */
import { languageResources } from '../lang/index.ts';
import type { LanguageResources } from '../lang/types.ts';
import type { Block, Signature, TextNode, UnDocument } from '../model/index.ts';
import { gatherEntities, joinPersons, type PlacedMention, resolveAnaphors } from './gather.ts';
import { findMentions, type FindOptions } from './recognize.ts';

export { findMentions } from './recognize.ts';
export type { FindOptions, TextMention } from './recognize.ts';

export interface EntityOptions {
  /** Language resources to use instead of those of `document.lang` (tests). */
  language?: LanguageResources;
}

/** A piece of text of the document, in reading order, with what it is. */
interface TextPiece {
  nodeId: string;
  field?: string;
  text: string;
  kind: FindOptions['field'];
}

function blockPieces(blocks: Block[], pieces: TextPiece[]): void {
  for (const block of blocks) {
    if (block.type === 'section') {
      if (block.heading) pieces.push({ nodeId: block.heading.id, text: block.heading.text, kind: 'text' });
      blockPieces(block.children, pieces);
    } else if (block.type === 'paragraph') {
      pieces.push({ nodeId: block.id, text: block.text, kind: 'text' });
      if (block.children) blockPieces(block.children, pieces);
    } else {
      for (const item of block.items) {
        pieces.push({ nodeId: item.id, text: item.text, kind: 'text' });
        if (item.children) blockPieces(item.children, pieces);
      }
    }
  }
}

function signaturePieces(signatures: Signature[], pieces: TextPiece[]): void {
  for (const signature of signatures) {
    if (signature.honorific) pieces.push({ nodeId: signature.id, field: 'honorific', text: signature.honorific, kind: 'role' });
    signature.roles.forEach((role, index) => pieces.push({ nodeId: signature.id, field: `roles.${index}`, text: role, kind: 'role' }));
    if (signature.name) pieces.push({ nodeId: signature.id, field: 'name', text: signature.name, kind: 'name' });
  }
}

function textPiece(node: TextNode | undefined, pieces: TextPiece[]): void {
  if (node?.text) pieces.push({ nodeId: node.id, text: node.text, kind: 'text' });
}

/** Every text of the document in reading order. */
export function documentPieces(document: UnDocument): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const title of document.header?.agendaTitles ?? []) textPiece(title, pieces);
  textPiece(document.letter.title, pieces);
  blockPieces(document.letter.body, pieces);
  signaturePieces(document.letter.signatures, pieces);
  for (const annex of document.annexes) {
    textPiece(annex.heading, pieces);
    textPiece(annex.title, pieces);
    textPiece(annex.dateLine, pieces);
    blockPieces(annex.body, pieces);
    blockPieces(annex.closing, pieces);
    signaturePieces(annex.signatures, pieces);
  }
  return pieces;
}

/** The entity stage: fills `entities` and links signatures to their person entities. */
export function tagEntities(document: UnDocument, options: EntityOptions = {}): UnDocument {
  const language = options.language ?? languageResources(document.lang);
  const words = language.entities;
  if (!words) return { ...document, entities: [], warnings: [...document.warnings, `entities: no entity data for language ${document.lang}`] };
  let placed: PlacedMention[] = [];
  for (const piece of documentPieces(document)) {
    for (const mention of findMentions(piece.text, language, { field: piece.kind })) {
      placed.push(piece.field ? { nodeId: piece.nodeId, field: piece.field, mention } : { nodeId: piece.nodeId, mention });
    }
  }
  placed = joinPersons(resolveAnaphors(placed, language.code, words));
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
