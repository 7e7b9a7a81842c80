/**
 * Body blocks. Two contexts, because the schema has two:
 * - hierarchical (`mainBody`, inside `section`/`paragraph`/`point`): a model paragraph is a `paragraph`, a
 *   section is a `section` (an `hcontainer name="group"` when it hangs from a paragraph, like
 *   `a) Politique`); a paragraph or section with children has its own text in `intro` and the children
 *   after it; a list is a `list` of `point`s (AKN4UN's body lists), a point with children has its text in
 *   `intro` and the children after it.
 * - block (`content`, `conclusions`): a plain paragraph is a `p`, a numbered one or one with children a
 *   `tblock`, a section a `tblock` with its `num` and `heading`, a list a `blockList` of `item`s (AKN4UN's
 *   lists outside the body).
 * Points and items carry the item's label or the list's mark in `num`.
 * A table is a `table` of `tr` rows, each cell a `td` (`th` in the header row of a table whose columns were
 * recovered) with its text in a `p`; where the schema wants hierarchical elements it stands in the `content`
 * of an `hcontainer name="table"`, which carries the table's eId (the `table` then gets `<eId>__tbl_1`).
 */
import type { Block, Figure, List, ListItem, Numbering, Paragraph, Section, Table, TextNode } from '../../model/index.ts';
import type { EmitContext } from './context.ts';
import { claimEId, inlineText } from './context.ts';
import type { ElementNode } from './xml.ts';
import { element } from './xml.ts';

const NUMBERINGS: readonly string[] = ['decimal', 'decimal-parenthesis', 'roman', 'alpha-parenthesis', 'roman-parenthesis', 'alpha'];

/** The label as printed: `1.`, `1)`, `I.`, `a)`; a number with no known style is kept as written. */
export function formatNum(num: string, numbering: Numbering | undefined): string {
  switch (numbering) {
    case 'decimal':
    case 'roman':
    case 'alpha':
      return `${num}.`;
    case 'decimal-parenthesis':
    case 'alpha-parenthesis':
    case 'roman-parenthesis':
      return `${num})`;
    default:
      return num;
  }
}

type HierarchyParent = 'body' | 'section' | 'paragraph';

/** Blocks where the schema wants hierarchical elements (`mainBody`, `section`, `paragraph`). */
export function hierarchicalBlocks(context: EmitContext, blocks: readonly Block[], parent: HierarchyParent = 'body'): ElementNode[] {
  return blocks.map((block) => hierarchicalBlock(context, block, parent));
}

function hierarchicalBlock(context: EmitContext, block: Block, parent: HierarchyParent): ElementNode {
  switch (block.type) {
    case 'paragraph':
      return hierarchicalParagraph(context, block);
    case 'section':
      return hierarchicalSection(context, block, parent);
    case 'list':
      return hierarchicalList(context, block);
    case 'table': {
      const eId = claimEId(context, block.id);
      return element('hcontainer', { eId, name: 'table' }, [element('content', {}, [tableElement(context, block, context.registry.claim(`${eId}__tbl_1`)), ...noteElements(context, block.notes)])]);
    }
    case 'figure':
      return element('hcontainer', { eId: claimEId(context, block.id), name: 'figure' }, [element('content', {}, figureElements(context, block))]);
  }
}

/** A figure's caption and notes as block text (its picture is not in the text). */
function figureElements(context: EmitContext, figure: Figure): ElementNode[] {
  const caption = element('p', { eId: claimEId(context, figure.caption.id), class: 'caption' }, inlineText(context, figure.caption.id, figure.caption.text));
  return [caption, ...noteElements(context, figure.notes)];
}

/** The notes under a table or a figure (`Source: …`), each a `p class="note"`. */
function noteElements(context: EmitContext, notes: readonly TextNode[] | undefined): ElementNode[] {
  return (notes ?? []).map((note) => element('p', { eId: claimEId(context, note.id), class: 'note' }, inlineText(context, note.id, note.text)));
}

function numElement(num: string | undefined, numbering: Numbering | undefined): ElementNode | undefined {
  return num === undefined ? undefined : element('num', {}, [formatNum(num, numbering)]);
}

function hierarchicalParagraph(context: EmitContext, paragraph: Paragraph): ElementNode {
  const eId = claimEId(context, paragraph.id);
  const ownText = element('p', {}, inlineText(context, paragraph.id, paragraph.text));
  const children = paragraph.children ?? [];
  const num = numElement(paragraph.num, paragraph.numbering);
  if (children.length === 0) return element('paragraph', { eId }, [num, element('content', {}, [ownText])]);
  return element('paragraph', { eId }, [num, element('intro', {}, [ownText]), ...hierarchicalBlocks(context, children, 'paragraph')]);
}

function hierarchicalSection(context: EmitContext, section: Section, parent: HierarchyParent): ElementNode {
  const eId = claimEId(context, section.id);
  const head = [numElement(section.num, section.numbering), headingElement(context, section)];
  const [name, attributes] = parent === 'paragraph' ? ['hcontainer', { eId, name: 'group' }] as const : ['section', { eId }] as const;
  return element(name, attributes, [...head, ...hierarchicalBlocks(context, section.children, 'section')]);
}

function headingElement(context: EmitContext, section: Section): ElementNode | undefined {
  if (!section.heading) return undefined;
  return element('heading', { eId: claimEId(context, section.heading.id) }, inlineText(context, section.heading.id, section.heading.text));
}

/** Blocks where the schema wants block elements (`content`, `conclusions`, `item`, `tblock`). */
export function blockElements(context: EmitContext, blocks: readonly Block[]): ElementNode[] {
  return blocks.flatMap((block) => {
    if (block.type === 'figure') return figureElements(context, block);
    const own = blockElement(context, block);
    return block.type === 'table' ? [own, ...noteElements(context, block.notes)] : [own];
  });
}

function blockElement(context: EmitContext, block: Exclude<Block, Figure>): ElementNode {
  switch (block.type) {
    case 'paragraph': {
      const eId = claimEId(context, block.id);
      const children = block.children ?? [];
      const ownText = inlineText(context, block.id, block.text);
      if (block.num === undefined && children.length === 0) return element('p', { eId }, ownText);
      return element('tblock', { eId }, [numElement(block.num, block.numbering), element('p', {}, ownText), ...blockElements(context, children)]);
    }
    case 'section': {
      const eId = claimEId(context, block.id);
      const children = blockElements(context, block.children);
      // A tblock needs at least one block.
      return element('tblock', { eId }, [numElement(block.num, block.numbering), headingElement(context, block), ...(children.length > 0 ? children : [element('p')])]);
    }
    case 'list':
      return blockList(context, block);
    case 'table':
      return tableElement(context, block, claimEId(context, block.id));
  }
}

/** A body list: `list` of `point`s, each numbered by its label or the list's mark. */
function hierarchicalList(context: EmitContext, list: List): ElementNode {
  const eId = claimEId(context, list.id);
  // A list needs at least one point: an empty list keeps its eId on an empty hcontainer.
  if (list.items.length === 0) return element('hcontainer', { eId, name: 'emptyList' }, [element('content', {}, [element('p')])]);
  return element('list', { eId }, list.items.map((item) => point(context, list, item)));
}

function point(context: EmitContext, list: List, item: ListItem): ElementNode {
  const eId = claimEId(context, item.id);
  const label = itemLabel(list, item);
  const num = label === undefined || label === '' ? undefined : element('num', {}, [label]);
  const ownText = element('p', {}, inlineText(context, item.id, item.text));
  const children = item.children ?? [];
  if (children.length === 0) return element('point', { eId }, [num, element('content', {}, [ownText])]);
  return element('point', { eId }, [num, element('intro', {}, [ownText]), ...hierarchicalBlocks(context, children, 'paragraph')]);
}

function itemLabel(list: List, item: ListItem): string | undefined {
  const numbered = NUMBERINGS.includes(list.marker);
  if (item.num !== undefined) return formatNum(item.num, numbered ? (list.marker as Numbering) : undefined);
  return numbered ? undefined : list.marker;
}

function blockList(context: EmitContext, list: List): ElementNode {
  const eId = claimEId(context, list.id);
  // A blockList needs at least one item: an empty list keeps its eId on an empty paragraph.
  if (list.items.length === 0) return element('p', { eId });
  return element('blockList', { eId }, list.items.map((item) => listItem(context, list, item)));
}

function listItem(context: EmitContext, list: List, item: ListItem): ElementNode {
  const eId = claimEId(context, item.id);
  const label = itemLabel(list, item);
  return element('item', { eId }, [
    label === undefined || label === '' ? undefined : element('num', {}, [label]),
    element('p', {}, inlineText(context, item.id, item.text)),
    ...blockElements(context, item.children ?? []),
  ]);
}

function tableElement(context: EmitContext, table: Table, eId: string): ElementNode {
  const caption = table.caption ? element('caption', { eId: claimEId(context, table.caption.id) }, inlineText(context, table.caption.id, table.caption.text)) : undefined;
  return element('table', { eId }, [caption, ...table.rows.map((row, index) => element('tr', {}, row.cells.map((cell) => {
    const name = table.columns && index === 0 ? 'th' : 'td';
    return element(name, { eId: claimEId(context, cell.id) }, [element('p', {}, inlineText(context, cell.id, cell.text))]);
  })))]);
}
