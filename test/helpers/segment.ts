/** What the segmentation tests share: a document made from a written text, the stage context, the paragraph texts. */
import { newDocument } from '../../pipeline/extract/index.ts';
import { defaultLanguages } from '../../pipeline/lang/index.ts';
import type { Block, LanguageCode, UnDocument } from '../../pipeline/model/index.ts';

/** A text input as `ingest` reads a `.txt` file (the name and checksum do not matter to segmentation). */
export function textDocument(text: string, lang: LanguageCode = 'en'): UnDocument {
  const bytes = new TextEncoder().encode(text);
  return newDocument({ rawText: text, source: { name: 'test.txt', mediaType: 'text/plain', sha256: '', bytes: bytes.length } }, bytes, lang);
}

/** The context of a stage run with every language's resources and warnings dropped. */
export const segmentContext = { languages: defaultLanguages, warn: () => {} };

/** The texts of the paragraphs at any depth of sections, in reading order. */
export function paragraphTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'section' ? paragraphTexts(block.children) : block.type === 'paragraph' ? [block.text] : []));
}

/** The blocks as one line each, children indented: `P 3 text`, `L a text`, `S I|heading`, `T` a table, `F` a figure. */
export function outline(blocks: readonly Block[], depth = 0): string[] {
  const pad = '  '.repeat(depth);
  return blocks.flatMap((block): string[] => {
    if (block.type === 'section') return [`${pad}S ${block.num ?? ''}|${block.heading?.text ?? ''}`, ...outline(block.children, depth + 1)];
    if (block.type === 'paragraph') return [`${pad}P ${block.num ?? ''} ${block.text}`, ...outline(block.children ?? [], depth + 1)];
    if (block.type === 'list') return block.items.flatMap((item) => [`${pad}L ${item.num ?? ''} ${item.text}`, ...outline(item.children ?? [], depth + 1)]);
    return [`${pad}${block.type === 'table' ? 'T' : 'F'}`];
  });
}
