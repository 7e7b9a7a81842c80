import type { Annex, Block, DistributionHeader, Figure, List, Paragraph, Section, Signature, Table, TextNode, UnDocument } from '../../model/index.ts';
import type { FlowBlock, Run } from './flow.ts';
import { block, bold, italic, regular } from './flow.ts';
import type { PageGeometry } from './geometry.ts';
import { BODY_LEFT, BODY_SIZE, LABEL_WIDTH, NEST_STEP, contentWidth } from './geometry.ts';
import type { EditionWords } from '../edition-words.ts';
import { readByOcr } from '../evidence.ts';
import { editionWords, framedText } from '../edition-words.ts';
import { allAnnexes } from '../../model/text-nodes.ts';

/**
 * Lays a document out as a UN document: distribution header, letter title, body, signatures, then each
 * annex on a new page. Only text the model holds is printed; the words around it (`(Signé)`,
 * `[Original : …]`, the agenda line) come from the language's `EditionWords`.
 */
export function layoutDocument(document: UnDocument, page: PageGeometry): FlowBlock[] {
  const context: LayoutContext = { words: editionWords(document.lang), width: contentWidth(page) };
  const flow: FlowBlock[] = [];
  if (document.symbol) flow.push(block([bold(document.symbol)], { align: 'right', size: 12, spaceBefore: 0 }));
  if (document.header) flow.push(...layoutHeader(document.header, context));
  flow.push(...layoutLetter(document, context, flow.length > 0));
  directed(flow, context.words);
  for (const annex of allAnnexes(document)) flow.push(...directed(layoutAnnex(annex, document, context), annex.lang ? editionWords(annex.lang) : context.words));
  // An edition whose text a machine read off a scan says so, in the letter's language, after the text.
  if (readByOcr(document)) flow.push(...directed([block([italic(context.words.ocrNote(document.ocrDoubtful?.length ?? 0))], { size: 9, spaceBefore: 24 })], context.words));
  return flow;
}

/** Marks the blocks of a part written right to left, so that they are drawn mirrored. */
function directed(blocks: FlowBlock[], words: EditionWords): FlowBlock[] {
  if (words.direction === 'rtl') for (const each of blocks) each.direction = 'rtl';
  return blocks;
}

interface LayoutContext {
  words: EditionWords;
  width: number;
}

/** Organs, session and year in two columns, then the agenda line and the agenda titles. */
function layoutHeader(header: DistributionHeader, context: LayoutContext): FlowBlock[] {
  const flow: FlowBlock[] = [];
  const half = context.width / 2;
  const rows: Array<[Run[], Run[]]> = [];
  for (let index = 0; index < header.organs.length; index += 2) {
    rows.push([[bold(header.organs[index]!)], header.organs[index + 1] ? [bold(header.organs[index + 1]!)] : []]);
  }
  if (header.session || header.year) {
    rows.push([header.session ? [regular(header.session)] : [], header.year ? [regular(header.year)] : []]);
  }
  for (const [left, right] of rows) {
    flow.push(block(left, {
      rightInset: half + 6,
      ...(right.length > 0 ? { column: { runs: right, left: half } } : {}),
      keepWithNext: true,
    }));
  }
  if (header.agendaItems.length > 0) {
    flow.push(block([regular(framedText(context.words.agendaItems, header.agendaItems))], { rightInset: half + 6, keepWithNext: true }));
  }
  header.agendaTitles.forEach((title, index) => {
    flow.push(block([bold(title.text)], { rightInset: half + 6, spaceBefore: index === 0 && flow.length > 0 ? 12 : 6, keepWithNext: true }));
  });
  return flow;
}

function layoutLetter(document: UnDocument, context: LayoutContext, afterHeader: boolean): FlowBlock[] {
  const { letter } = document;
  const flow: FlowBlock[] = [];
  if (letter.title.text) {
    flow.push(block([bold(letter.title.text)], {
      size: 11,
      left: BODY_LEFT,
      rightInset: 48,
      spaceBefore: afterHeader ? 30 : 0,
      keepWithNext: true,
      bookmark: { title: letter.title.text, level: 0 },
    }));
  }
  flow.push(...layoutBlocks(letter.body, 0, context, 18));
  flow.push(...layoutBlocks(letter.closing ?? [], 0, context, 12));
  flow.push(...layoutSignatures(letter.signatures, context));
  return flow;
}

function layoutAnnex(annex: Annex, document: UnDocument, context: LayoutContext): FlowBlock[] {
  const words = annex.lang ? editionWords(annex.lang) : context.words;
  const flow: FlowBlock[] = [];
  flow.push(block([bold(annex.heading.text)], {
    size: 11,
    left: BODY_LEFT,
    rightInset: 48,
    pageBreakBefore: true,
    keepWithNext: true,
    bookmark: { title: annex.heading.text, level: 0 },
  }));
  if (annex.originalLanguages.length > 0) {
    flow.push(block([regular(framedText(words.original, annex.originalLanguages))], { align: 'right', spaceBefore: 18, keepWithNext: true }));
  }
  if (annex.reference) flow.push(block([regular(annex.reference.text)], { spaceBefore: 18, keepWithNext: true }));
  // Head-lines small, one a line, above the title, as the sender printed them.
  annex.headLines?.forEach((line, index) => {
    flow.push(block([regular(line.text)], { size: HEAD_LINE_SIZE, left: BODY_LEFT, spaceBefore: index === 0 ? 18 : 0, keepWithNext: true }));
  });
  if (annex.title) {
    flow.push(block([bold(annex.title.text)], { size: 11, align: 'center', left: BODY_LEFT, rightInset: BODY_LEFT, spaceBefore: 24, keepWithNext: true }));
  }
  if (annex.dateLine) {
    flow.push(block([regular(annex.dateLine.text)], { align: 'center', left: BODY_LEFT, rightInset: BODY_LEFT, spaceBefore: 8, keepWithNext: true }));
  }
  if (annex.subtitle) {
    flow.push(block([bold(annex.subtitle.text)], { align: 'center', left: BODY_LEFT, rightInset: BODY_LEFT, spaceBefore: 12, keepWithNext: true }));
  }
  if (annex.salutation) flow.push(block([regular(annex.salutation.text)], { left: BODY_LEFT, spaceBefore: 18, keepWithNext: true }));
  flow.push(...layoutBlocks(annex.body, 0, { ...context, words }, 18));
  const closing = layoutBlocks(annex.closing, 0, { ...context, words }, 12);
  const signatures = layoutSignatures(annex.signatures, { ...context, words });
  // The source's order: usually closing then signatures; a place and date may sit under the signatures.
  flow.push(...(annex.signaturesBeforeClosing ? [...signatures, ...closing] : [...closing, ...signatures]));
  void document;
  return flow;
}

/** Where the text of a block at this nesting depth starts. */
function textLeft(depth: number): number {
  return BODY_LEFT + depth * NEST_STEP;
}

function layoutBlocks(blocks: readonly Block[], depth: number, context: LayoutContext, firstSpace: number): FlowBlock[] {
  const flow: FlowBlock[] = [];
  blocks.forEach((item, index) => {
    const spaceBefore = index === 0 ? firstSpace : 8;
    if (item.type === 'paragraph') flow.push(...layoutParagraph(item, depth, context, spaceBefore));
    else if (item.type === 'section') flow.push(...layoutSection(item, depth, context, spaceBefore));
    else if (item.type === 'list') flow.push(...layoutList(item, depth, context, spaceBefore));
    else if (item.type === 'table') flow.push(...layoutTable(item, depth, spaceBefore));
    else flow.push(...layoutFigure(item, depth, spaceBefore));
  });
  return flow;
}

/** `1.` for decimal and roman numbers, `1)` for parenthesized ones. */
function numberLabel(num: string, numbering: Paragraph['numbering']): string {
  return numbering === 'decimal-parenthesis' || numbering === 'alpha-parenthesis' || numbering === 'roman-parenthesis' ? `${num})` : `${num}.`;
}

function layoutParagraph(paragraph: Paragraph, depth: number, context: LayoutContext, spaceBefore: number): FlowBlock[] {
  const left = textLeft(depth);
  const numbered = paragraph.num !== undefined;
  const flow: FlowBlock[] = [block([regular(paragraph.text)], {
    align: 'justify',
    left,
    firstIndent: numbered ? 0 : 24,
    spaceBefore,
    ...(numbered ? { label: { runs: [regular(numberLabel(paragraph.num!, paragraph.numbering))], left: left - LABEL_WIDTH } } : {}),
  })];
  if (paragraph.children) flow.push(...layoutBlocks(paragraph.children, depth + 1, context, 6));
  return flow;
}

/**
 * Roman sections (`I. Contexte`, a bare `II`) are bold headings with the number hung in the margin;
 * lettered groups (`a) Politique et sécurité`) are italic headings whose items move in one level.
 */
function layoutSection(section: Section, depth: number, context: LayoutContext, spaceBefore: number): FlowBlock[] {
  const left = textLeft(depth);
  const lettered = section.numbering === 'alpha-parenthesis' || section.numbering === 'decimal-parenthesis';
  const style = lettered ? italic : bold;
  const headingText = section.heading?.text ?? '';
  const label = section.num !== undefined
    ? headingText
      ? numberLabel(section.num, section.numbering)
      : section.num
    : undefined;
  const flow: FlowBlock[] = [];
  const title = [label, headingText].filter(Boolean).join(' ');
  if (label !== undefined || headingText) {
    flow.push(block(headingText ? [style(headingText)] : [], {
      left,
      rightInset: 36,
      spaceBefore: lettered ? spaceBefore : spaceBefore + 8,
      keepWithNext: true,
      ...(label !== undefined ? { label: { runs: [lettered ? regular(label) : bold(label)], left: left - LABEL_WIDTH } } : {}),
      ...(title ? { bookmark: { title, level: 1 + depth } } : {}),
    }));
  }
  flow.push(...layoutBlocks(section.children, lettered ? depth + 1 : depth, context, 6));
  return flow;
}

function layoutList(list: List, depth: number, context: LayoutContext, spaceBefore: number): FlowBlock[] {
  const markLeft = textLeft(depth) + (depth === 0 ? 0 : 0);
  const left = markLeft + 18;
  const flow: FlowBlock[] = [];
  list.items.forEach((item, index) => {
    const mark = item.num !== undefined ? `${item.num})` : list.marker;
    flow.push(block([regular(item.text)], {
      align: 'justify',
      left,
      spaceBefore: index === 0 ? spaceBefore : 4,
      label: { runs: [regular(mark)], left: markLeft },
    }));
    if (item.children) flow.push(...layoutBlocks(item.children, depth + 1, context, 4));
  });
  return flow;
}

/** Space between two cells of a row. */
const CELL_GAP = '    ';

/** Size of an attached text's head-lines (letterhead, translator's note, `Our ref.`): smaller than its body. */
const HEAD_LINE_SIZE = 8.5;

/**
 * A table row by row, each row one block that is never split, its cells apart by a wide gap; the header row
 * of a table whose columns were recovered in bold. (The flow sets no columns side by side: a row wraps.)
 */
function layoutTable(table: Table, depth: number, spaceBefore: number): FlowBlock[] {
  const caption = table.caption ? [block([bold(table.caption.text)], { left: textLeft(depth), spaceBefore, keepWithNext: true })] : [];
  const rows = table.rows.map((row, index) => {
    const style = table.columns && index === 0 ? bold : regular;
    const runs = row.cells.flatMap((cell, cellIndex) => (cellIndex === 0 ? [style(cell.text)] : [regular(CELL_GAP), style(cell.text)]));
    return block(runs, { left: textLeft(depth), spaceBefore: index === 0 && caption.length === 0 ? spaceBefore : 2, keepTogether: true });
  });
  return [...caption, ...rows, ...displayNotes(table.notes, depth)];
}

/** A figure whose picture the text does not hold: its caption in bold, its notes under it. */
function layoutFigure(figure: Figure, depth: number, spaceBefore: number): FlowBlock[] {
  return [block([bold(figure.caption.text)], { left: textLeft(depth), spaceBefore }), ...displayNotes(figure.notes, depth)];
}

/** The notes under a table or a figure, one block each. */
function displayNotes(notes: readonly TextNode[] | undefined, depth: number): FlowBlock[] {
  return (notes ?? []).map((note) => block([regular(note.text)], { left: textLeft(depth), spaceBefore: 4 }));
}

/**
 * Each signature block in the right half: honorific, roles, then `(Signé)` and the name; the signed line
 * first when the model says the source put it there (`nameFirst`).
 */
function layoutSignatures(signatures: readonly Signature[], context: LayoutContext): FlowBlock[] {
  const left = context.width / 2;
  return signatures.map((signature, index) => {
    const roleLines: Run[][] = [];
    const honorificEnd = context.words.honorificEnd ?? ',';
    if (signature.honorific) roleLines.push([regular(/[,.:;،]$/u.test(signature.honorific) ? signature.honorific : `${signature.honorific}${honorificEnd}`)]);
    for (const role of signature.roles) roleLines.push([regular(role)]);
    const signedLine: Run[] = [];
    const after = context.words.signedMarkAfterName === true;
    if (signature.signed && !after) signedLine.push(italic(context.words.signedMark));
    if (signature.name) signedLine.push(regular(`${signature.signed && !after ? ' ' : ''}${signature.name}`));
    if (signature.signed && after) signedLine.push(italic(context.words.signedMark));
    const signedLines = signedLine.length > 0 ? [signedLine] : [];
    const lines = signature.nameFirst ? [...signedLines, ...roleLines] : [...roleLines, ...signedLines];
    const runs = lines.flatMap((line, lineIndex) => (lineIndex === 0 ? line : [regular('\n'), ...line]));
    return block(runs, { left, spaceBefore: index === 0 ? 30 : 16, keepTogether: true });
  });
}
