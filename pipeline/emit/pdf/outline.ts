import type { PDFDocument, PDFPage, PDFRef } from 'pdf-lib';
import { PDFHexString, PDFName, PDFNumber, PDFNull } from 'pdf-lib';
import type { PageGeometry } from './geometry.ts';
import type { Anchor } from './paginate.ts';

interface OutlineNode {
  anchor: Anchor;
  children: OutlineNode[];
  ref?: PDFRef;
}

/** Nests anchors by level: a section under the letter or annex before it, a lettered group under its section. */
function outlineTree(anchors: readonly Anchor[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const anchor of anchors) {
    const node: OutlineNode = { anchor, children: [] };
    while (stack.length > 0 && stack.at(-1)!.anchor.level >= anchor.level) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** Outline titles are one line: long letter titles are cut at a word with an ellipsis. */
function outlineTitle(text: string): string {
  const limit = 120;
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))} …`;
}

/** Writes the document outline (bookmarks) for the letter, the annexes and their sections; opened at level one. */
export function writeOutline(pdf: PDFDocument, pages: readonly PDFPage[], anchors: readonly Anchor[], page: PageGeometry): void {
  const roots = outlineTree(anchors);
  if (roots.length === 0) return;
  const context = pdf.context;
  const outlinesRef = context.nextRef();
  const assignRefs = (nodes: OutlineNode[]) => nodes.forEach((node) => { node.ref = context.nextRef(); assignRefs(node.children); });
  assignRefs(roots);
  const write = (nodes: OutlineNode[], parent: PDFRef) => {
    nodes.forEach((node, index) => {
      const target = pages[node.anchor.pageIndex]!;
      const dict = context.obj({
        Title: PDFHexString.fromText(outlineTitle(node.anchor.title)),
        Parent: parent,
        Dest: [target.ref, PDFName.of('XYZ'), PDFNumber.of(0), PDFNumber.of(Math.round(page.height - node.anchor.top + 4)), PDFNull],
      });
      if (index > 0) dict.set(PDFName.of('Prev'), nodes[index - 1]!.ref!);
      if (index < nodes.length - 1) dict.set(PDFName.of('Next'), nodes[index + 1]!.ref!);
      if (node.children.length > 0) {
        dict.set(PDFName.of('First'), node.children[0]!.ref!);
        dict.set(PDFName.of('Last'), node.children.at(-1)!.ref!);
        // Negative count: the entry starts closed; the letter and annexes show, their sections fold.
        dict.set(PDFName.of('Count'), PDFNumber.of(-node.children.length));
        write(node.children, node.ref!);
      }
      context.assign(node.ref!, dict);
    });
  };
  write(roots, outlinesRef);
  context.assign(outlinesRef, context.obj({
    Type: 'Outlines',
    First: roots[0]!.ref!,
    Last: roots.at(-1)!.ref!,
    Count: PDFNumber.of(roots.length),
  }));
  pdf.catalog.set(PDFName.of('Outlines'), outlinesRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
