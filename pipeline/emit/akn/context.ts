import type { DoubtfulWord, UnDocument } from '../../model/index.ts';
import type { ItemLabels } from './eids.ts';
import { EIdRegistry, eIdFor, itemLabels, signatureFieldEId } from './eids.ts';
import type { LocatedMention, Span } from './inline.ts';
import { indexMentions, markup, mentionKey, mentionSpan } from './inline.ts';
import { element } from './xml.ts';
import type { DocumentIris } from './iri.ts';
import { documentIris } from './iri.ts';
import { ReferenceBook } from './references.ts';
import type { EditionWords } from '../edition-words.ts';
import { editionWords } from '../edition-words.ts';
import type { ElementNode, Node } from './xml.ts';

/** What every part of the emitter reads: the document and the lookups built once from it. */
export interface EmitContext {
  document: UnDocument;
  iris: DocumentIris;
  words: EditionWords;
  registry: EIdRegistry;
  /** List item labels, which name their `point` eIds. */
  labels: ItemLabels;
  references: ReferenceBook;
  mentions: Map<string, LocatedMention[]>;
  /** OCR words read with low confidence, by the node (and field) whose text holds them. */
  doubtful: Map<string, DoubtfulWord[]>;
}

export function createContext(document: UnDocument): EmitContext {
  const registry = new EIdRegistry();
  return {
    document,
    iris: documentIris(document),
    words: editionWords(document.lang),
    registry,
    labels: itemLabels(document),
    references: new ReferenceBook(document, registry),
    mentions: indexMentions(document.entities),
    doubtful: indexDoubtful(document.ocrDoubtful ?? []),
  };
}

function indexDoubtful(words: readonly DoubtfulWord[]): Map<string, DoubtfulWord[]> {
  const index = new Map<string, DoubtfulWord[]>();
  for (const word of words) {
    if (word.nodeId === undefined || word.start === undefined || word.end === undefined) continue;
    const key = mentionKey(word.nodeId, word.field);
    index.set(key, [...(index.get(key) ?? []), word]);
  }
  return index;
}

/** Rank of the marks of doubtful OCR words: innermost, inside any entity mention of the same bounds. */
const DOUBTFUL_RANK = 20;

/** The eId of a model node, claimed once. */
export function claimEId(context: EmitContext, modelId: string): string {
  return context.registry.claim(eIdFor(modelId, context.labels));
}

/** The eId of a field of a model node (`roles.0`, `name`, `organs.1`), claimed once. */
export function claimFieldEId(context: EmitContext, modelId: string, field: string): string {
  return context.registry.claim(signatureFieldEId(modelId, field, context.labels));
}

export interface InlineOptions {
  /** Signature field the text is (`name`, `roles.0`, `honorific`). */
  field?: string;
  /** Spans of the preface's own markup, outside the mentions. */
  spans?: readonly Span[];
  /** Replaces the element of a mention (the letter's own date becomes `docDate`). */
  dateOverride?: Parameters<typeof mentionSpan>[3];
}

/** The text of a model node with its entity mentions (and any extra spans) marked up inline. */
export function inlineText(context: EmitContext, nodeId: string, value: string, options: InlineOptions = {}): Node[] {
  const located = context.mentions.get(mentionKey(nodeId, options.field)) ?? [];
  const spans: Span[] = [...(options.spans ?? [])];
  for (const mention of located) {
    const span = mentionSpan(value, mention, context.references, options.dateOverride);
    if (span) spans.push(span);
  }
  // Words the OCR read with low confidence, where the text still holds them as read.
  for (const word of context.doubtful.get(mentionKey(nodeId, options.field)) ?? []) {
    if (value.slice(word.start, word.end) !== word.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')) continue;
    spans.push({ start: word.start!, end: word.end!, rank: DOUBTFUL_RANK, wrap: (children) => element('span', { class: 'ocrDoubtful', title: `OCR confidence ${word.confidence}, page ${word.page}` }, children) });
  }
  return markup(value, spans);
}

export type { ElementNode, Node };
