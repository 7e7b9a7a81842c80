/**
 * The model's texts as the Akoma Ntoso edition must carry them: every text-bearing node with the eId it
 * gets, and all texts in reading order. The tests hold the XML to these; they also tell a reader of an
 * `.akn.xml` where each node of the JSON went.
 */
import type { UnDocument } from '../../model/index.ts';
import { allAnnexes, textNodes } from '../../model/text-nodes.ts';
import { eIdFor, itemLabels, signatureFieldEId } from './eids.ts';

export interface NodeText {
  /** Model id (with `|field` for signature fields). */
  modelId: string;
  eId: string;
  text: string;
  kind: 'text' | 'paragraph' | 'item' | 'cell' | 'signature-field';
}

/** Every text-bearing node of the document that has an eId in the XML, in reading order. */
export function modelNodes(document: UnDocument): NodeText[] {
  const labels = itemLabels(document);
  return textNodes(document).map(({ nodeId, field, text, kind }) => ({
    modelId: field === undefined ? nodeId : `${nodeId}|${field}`,
    eId: field === undefined ? eIdFor(nodeId, labels) : signatureFieldEId(nodeId, field, labels),
    text,
    kind: kind === 'signature' ? 'signature-field' : kind,
  }));
}

/** All the model's strings the edition shows, in reading order (header fields included). */
export function modelReadingTexts(document: UnDocument): string[] {
  const texts: string[] = [];
  const header = document.header;
  texts.push(...(header?.organs ?? []));
  if (document.symbol) texts.push(document.symbol);
  if (header?.session) texts.push(header.session);
  if (header?.year) texts.push(header.year);
  if (header?.agendaLine && agendaLineRead(document)) texts.push(header.agendaLine);
  else texts.push(...(header?.agendaItems ?? []));
  for (const node of modelNodes(document)) {
    texts.push(node.text);
    // The original languages sit between an annex's heading and its title.
    const annex = allAnnexes(document).find((candidate) => candidate.heading.id === node.modelId);
    if (annex) texts.push(...annex.originalLanguages);
  }
  return texts;
}

/**
 * Whether the edition shows the agenda line as printed: when the tagger read its items there (field
 * `agendaLine`); otherwise each item stands in the language's frame (`Agenda items 12 and 17`).
 */
export function agendaLineRead(document: UnDocument): boolean {
  return document.entities.some((entity) => entity.mentions.some((mention) => mention.nodeId === 'header' && mention.field === 'agendaLine'));
}
