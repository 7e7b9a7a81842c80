/**
 * The model's texts as the Akoma Ntoso edition must carry them: every text-bearing node with the eId it
 * gets, and all texts in reading order. The tests hold the XML to these; they also tell a reader of an
 * `.akn.xml` where each node of the JSON went.
 */
import type { Block, Signature, UnDocument } from '../../model/index.ts';
import { eIdFor, signatureFieldEId } from './eids.ts';

export interface NodeText {
  /** Model id (with `|field` for signature fields). */
  modelId: string;
  eId: string;
  text: string;
  kind: 'text' | 'paragraph' | 'item' | 'signature-field';
}

/** Every text-bearing node of the document that has an eId in the XML, in reading order. */
export function modelNodes(document: UnDocument): NodeText[] {
  const nodes: NodeText[] = [];
  const textNode = (node: { id: string; text: string } | undefined) => {
    if (node) nodes.push({ modelId: node.id, eId: eIdFor(node.id), text: node.text, kind: 'text' });
  };
  const blocks = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'paragraph') {
        nodes.push({ modelId: block.id, eId: eIdFor(block.id), text: block.text, kind: 'paragraph' });
        blocks(block.children ?? []);
      } else if (block.type === 'section') {
        textNode(block.heading);
        blocks(block.children);
      } else {
        for (const item of block.items) {
          nodes.push({ modelId: item.id, eId: eIdFor(item.id), text: item.text, kind: 'item' });
          blocks(item.children ?? []);
        }
      }
    }
  };
  const signatures = (list: readonly Signature[]) => {
    for (const signature of list) {
      const field = (name: string, text: string) =>
        nodes.push({ modelId: `${signature.id}|${name}`, eId: signatureFieldEId(signature.id, name), text, kind: 'signature-field' });
      if (signature.honorific !== undefined) field('honorific', signature.honorific);
      signature.roles.forEach((role, index) => field(`roles.${index}`, role));
      if (signature.name !== undefined) field('name', signature.name);
    }
  };
  document.header?.agendaTitles.forEach(textNode);
  textNode(document.letter.title);
  blocks(document.letter.body);
  signatures(document.letter.signatures);
  for (const annex of document.annexes) {
    textNode(annex.heading);
    textNode(annex.title);
    textNode(annex.dateLine);
    blocks(annex.body);
    blocks(annex.closing);
    signatures(annex.signatures);
  }
  return nodes;
}

/** All the model's strings the edition shows, in reading order (header fields included). */
export function modelReadingTexts(document: UnDocument): string[] {
  const texts: string[] = [];
  const header = document.header;
  texts.push(...(header?.organs ?? []));
  if (document.symbol) texts.push(document.symbol);
  if (header?.session) texts.push(header.session);
  if (header?.year) texts.push(header.year);
  texts.push(...(header?.agendaItems ?? []));
  for (const node of modelNodes(document)) {
    texts.push(node.text);
    // The original languages sit between an annex's heading and its title.
    const annex = document.annexes.find((candidate) => candidate.heading.id === node.modelId);
    if (annex) texts.push(...annex.originalLanguages);
  }
  return texts;
}
