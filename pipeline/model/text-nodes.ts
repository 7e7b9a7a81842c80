/**
 * The one walk over the model's texts: every text a reader sees, in reading order, with the id of the node
 * it belongs to. Entities look for mentions in these texts, the Akoma Ntoso edition gives each one its eId,
 * annex-language detection reads an annex's texts: all three see the same nodes in the same order.
 */
import type { Annex, Block, Signature, TextNode, UnDocument } from './index.ts';

export interface DocumentText {
  /** Id of the node holding the text: a TextNode (a table's cell too), Paragraph, ListItem or Signature. */
  nodeId: string;
  /** For signatures, which field: `honorific`, `roles.0`, `name`; absent for every other node. */
  field?: string;
  text: string;
  /** `text`: a title, heading or date line (a TextNode); `cell`: a table's cell; the others name the node holding the text. */
  kind: 'text' | 'paragraph' | 'item' | 'cell' | 'signature';
}

/** A text of `readingTexts`: a node of `textNodes` or a footnote (node id `footnote_N`). */
export interface ReadingText extends Omit<DocumentText, 'kind'> {
  kind: DocumentText['kind'] | 'footnote';
}

/** Every text of the document in reading order: agenda titles, the letter, then each annex. */
export function textNodes(document: UnDocument): DocumentText[] {
  const texts: DocumentText[] = [];
  for (const title of document.header?.agendaTitles ?? []) pushNode(title, texts);
  pushNode(document.letter.title, texts);
  pushBlocks(document.letter.body, texts);
  pushBlocks(document.letter.closing ?? [], texts);
  pushSignatures(document.letter.signatures, texts);
  for (const annex of allAnnexes(document)) texts.push(...annexTextNodes(annex));
  return texts;
}

/**
 * Every text a reader reads, the footnotes included after the rest (the model does not say which paragraph
 * a note's mark sits in). The footnotes are kept out of `textNodes` because the edition sets them apart,
 * without eIds of their own; whatever looks for words in the letter (entities) must read them too: a note
 * often holds the symbols and dates of the documents the letter cites.
 */
export function readingTexts(document: UnDocument): ReadingText[] {
  const notes = (document.footnotes ?? []).map((note): ReadingText => ({ nodeId: note.id, text: note.text, kind: 'footnote' }));
  return [...textNodes(document), ...notes];
}

/** Every attachment in reading order, those printed inside another right after it (pre-order). */
export function allAnnexes(document: Pick<UnDocument, 'annexes'>): Annex[] {
  const result: Annex[] = [];
  const walk = (annexes: readonly Annex[]) => {
    for (const annex of annexes) {
      result.push(annex);
      walk(annex.attachments ?? []);
    }
  };
  walk(document.annexes);
  return result;
}

/** The attachments again, each one changed by `change` (its own attachments already changed). */
export function mapAnnexes(annexes: readonly Annex[], change: (annex: Annex) => Annex): Annex[] {
  return annexes.map((annex) => change(annex.attachments ? { ...annex, attachments: mapAnnexes(annex.attachments, change) } : annex));
}

/**
 * One annex's own texts in reading order: heading, reference, head-lines, title, date line, subtitle, salutation, body, closing, signatures (not
 * those of its attachments).
 */
export function annexTextNodes(annex: Annex): DocumentText[] {
  const texts: DocumentText[] = [];
  pushNode(annex.heading, texts);
  pushNode(annex.reference, texts);
  for (const line of annex.headLines ?? []) pushNode(line, texts);
  pushNode(annex.title, texts);
  pushNode(annex.dateLine, texts);
  pushNode(annex.subtitle, texts);
  pushNode(annex.salutation, texts);
  pushBlocks(annex.body, texts);
  pushBlocks(annex.closing, texts);
  pushSignatures(annex.signatures, texts);
  return texts;
}

function pushNode(node: TextNode | undefined, texts: DocumentText[]): void {
  if (node) texts.push({ nodeId: node.id, text: node.text, kind: 'text' });
}

function pushBlocks(blocks: readonly Block[], texts: DocumentText[]): void {
  for (const block of blocks) {
    if (block.type === 'section') {
      pushNode(block.heading, texts);
      pushBlocks(block.children, texts);
    } else if (block.type === 'paragraph') {
      texts.push({ nodeId: block.id, text: block.text, kind: 'paragraph' });
      pushBlocks(block.children ?? [], texts);
    } else if (block.type === 'table') {
      pushNode(block.caption, texts);
      for (const row of block.rows) for (const cell of row.cells) texts.push({ nodeId: cell.id, text: cell.text, kind: 'cell' });
      for (const note of block.notes ?? []) pushNode(note, texts);
    } else if (block.type === 'figure') {
      pushNode(block.caption, texts);
      for (const note of block.notes ?? []) pushNode(note, texts);
    } else {
      for (const item of block.items) {
        texts.push({ nodeId: item.id, text: item.text, kind: 'item' });
        pushBlocks(item.children ?? [], texts);
      }
    }
  }
}

function pushSignatures(signatures: readonly Signature[], texts: DocumentText[]): void {
  for (const signature of signatures) {
    const field = (name: string, text: string) => texts.push({ nodeId: signature.id, field: name, text, kind: 'signature' });
    if (signature.honorific !== undefined) field('honorific', signature.honorific);
    signature.roles.forEach((role, index) => field(`roles.${index}`, role));
    if (signature.name !== undefined) field('name', signature.name);
  }
}
