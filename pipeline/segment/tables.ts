/**
 * Tables as a PDF text extraction prints them: one cell per line, a row after another, the rows often apart
 * by blank lines. Read as text, every cell would be a paragraph of its own. What gives a table away is its
 * rhythm, not its words: a long run of lines far narrower than the text's lines (a column is a fraction of the
 * page's width), packed in several groups of a few lines each, with no list or numbering mark and no signature.
 * A table continued on a later page prints its header row again: a run that opens with the first group of a
 * table found before is that table's next part, however short. And a group of cells printed again at a later
 * page is such a header row: the table it opens may hold bullet lists and notes in its cells (a list of members
 * by column), which then stay cells (with their marks) up to the next line of full width or numbered text.
 */
import type { Line } from './lines.ts';
import { opensWithMark, opensWithNumber } from './lines.ts';
import { fullLineWidth, printedWidth } from './widths.ts';
import type { Reflower } from './reflow.ts';

export { fullLineWidth, printedWidth } from './widths.ts';

/** A line this much narrower than the text's full line, or narrower, can be a table cell. */
const CELL_WIDTH_SHARE = 0.6;
/**
 * Under a header row printed again on a later page, a line this much narrower than the text's full line, or narrower,
 * is a cell: the table is known, and its widest column may hold half the page and more.
 */
const HEADED_CELL_WIDTH_SHARE = 0.75;
/** Fewest lines of a table: fewer narrow lines are a short list, an address or a heading. */
const MIN_TABLE_LINES = 8;
/** Fewest groups (lines with no blank line between them) holding two cells or more: the rows, the header. */
const MIN_MULTI_CELL_GROUPS = 3;
/**
 * A table whose cells wrap (a column of text a third of the page wide, every line of it ending with a wrap space) comes
 * out one cell a group, each group several lines: no group holds two cells. A run of lines this narrow, or narrower,
 * this long, with this many groups of two lines or more, is such a table all the same: running text fills the line.
 */
const WRAPPED_CELL_WIDTH_SHARE = 0.5;
const MIN_WRAPPED_TABLE_LINES = 16;
const MIN_WRAPPED_GROUPS = 4;
/** Under this share of its cells ending a sentence a run reads as cells, over it as short sentences. */
const MAX_SENTENCE_SHARE = 0.5;
/** A table found in a run of lines: `start` and `end` (exclusive) index the lines. */
export interface TableSpan {
  start: number;
  end: number;
  /** Whether the columns were recovered; when not, each row is one cell. */
  columns: boolean;
  /** Cell texts, row by row. */
  rows: string[][];
}

/** The groups of a run (split where blank lines stand), each as its cells: wrapped lines joined into one. */
function groupCells(lines: readonly Line[], reflower: Reflower): string[][] {
  const groups: string[][] = [];
  let cell: string[] = [];
  lines.forEach((line, index) => {
    if (index === 0 || line.blankBefore > 0) groups.push([]);
    cell.push(line.text);
    const next = lines[index + 1];
    // A cell's lines wrap into each other; a cell ends where its line does not wrap or a group ends.
    if (!line.wraps || !next || next.blankBefore > 0) {
      groups[groups.length - 1]!.push(reflower.join(cell));
      cell = [];
    }
  });
  return groups;
}

/**
 * The rows, when they can be told: the first group is the header row; each row after it is one group or
 * several in a row (a cell printed with a blank line inside it) holding together as many cells as the header,
 * and most rows are one group (cells printed one by one, each a group, could be paired in any way).
 */
function recoverRows(groups: readonly string[][]): string[][] | undefined {
  const width = groups[0]!.length;
  if (width < 2) return undefined;
  const rows: string[][] = [[...groups[0]!]];
  let row: string[] = [];
  let rowGroups = 0;
  let oneGroupRows = 0;
  for (const group of groups.slice(1)) {
    row.push(...group);
    rowGroups += 1;
    if (row.length > width) return undefined;
    if (row.length === width) {
      rows.push(row);
      if (rowGroups === 1) oneGroupRows += 1;
      row = [];
      rowGroups = 0;
    }
  }
  return row.length === 0 && oneGroupRows * 2 > rows.length - 1 ? rows : undefined;
}

/** The tables among `lines` (the lines of one body), in order. */
export function findTables(lines: readonly Line[], reflower: Reflower, width: number): TableSpan[] {
  if (width === 0) return [];
  // (A caption, `Table 2` and the title under it, and a note under a table, `Source: …`, are no cells: they end the table
  // or open the next.)
  const captions = new Set<Line>();
  lines.forEach((line, index) => {
    if (!reflower.cues.captionLabel?.test(line.text)) return;
    captions.add(line);
    for (let next = index + 1; next < lines.length && lines[next]!.blankBefore === 0 && lines[next]!.page === line.page; next += 1) captions.add(lines[next]!);
  });
  const display = (line: Line): boolean => reflower.cues.displayNote?.test(line.text) === true || captions.has(line);
  const isCell = (line: Line): boolean =>
    printedWidth(line.text) <= width * CELL_WIDTH_SHARE && !opensWithMark(line.text) && !reflower.cues.signedMark.test(line.text) && !display(line);
  const isCellOfHeadedTable = (line: Line): boolean =>
    printedWidth(line.text) <= width * HEADED_CELL_WIDTH_SHARE && !opensWithNumber(line.text) && !reflower.cues.signedMark.test(line.text) && !display(line);
  const repeated = repeatedHeaderStarts(lines, isCell);
  const spans: TableSpan[] = [];
  // The first group of every table found so far, joined: the header row a continued table repeats.
  const headers = new Set<string>();
  let index = 0;
  while (index < lines.length) {
    if (repeated.has(index)) {
      const start = index;
      while (index < lines.length && (isCellOfHeadedTable(lines[index]!) || numberCell(lines, index, isCellOfHeadedTable) || spanningRow(lines, index, isCellOfHeadedTable))) index += 1;
      const groups = groupCells(lines.slice(start, index), reflower);
      const span = readTable(index - start, groups, reflower, true);
      if (span) {
        spans.push({ start, end: index, ...span });
        headers.add(groups[0]!.join('\n'));
      }
      continue;
    }
    if (!isCell(lines[index]!)) {
      index += 1;
      continue;
    }
    let start = index;
    let end = index;
    // (A header row printed again opens a table of its own: a run of narrow lines over it, a title, stops there.)
    while (end < lines.length && isCell(lines[end]!) && !(end > start && repeated.has(end))) end += 1;
    // The short last line of a paragraph is no cell: the run starts after the text that wraps into it.
    while (start < end && start > 0 && lines[start]!.blankBefore === 0 && lines[start - 1]!.wraps) start += 1;
    // A row whose label is wider than a cell (`Others (research and development facilities, deposits, etc.)` over
    // its figures) goes on with the table.
    for (let row = labelledRowEnd(lines, start, end, isCell); row !== undefined; row = labelledRowEnd(lines, start, end, isCell)) {
      end = row;
      while (end < lines.length && isCell(lines[end]!)) end += 1;
    }
    index = end;
    if (start === end) continue;
    const groups = groupCells(lines.slice(start, end), reflower);
    const header = groups[0]!.length >= 2 ? groups[0]!.join('\n') : undefined;
    const span = readTable(end - start, groups, reflower, header !== undefined && headers.has(header), wrappedCells(lines.slice(start, end), width));
    if (!span) continue;
    spans.push({ start, end, ...span });
    if (header !== undefined) headers.add(header);
  }
  return spans;
}

/** A number alone on its line (`1.`). */
const BARE_NUMBER = /^\d{1,3}\.?$/u;

/**
 * In a table whose header row is printed again, a number alone on its line over a cell is the number of the
 * paragraph the cell holds (a table of recommendations quoting them by number), not a numbered paragraph of the text.
 */
function numberCell(lines: readonly Line[], index: number, isCell: (line: Line) => boolean): boolean {
  const next = lines[index + 1];
  return BARE_NUMBER.test(lines[index]!.text) && next !== undefined && next.blankBefore === 0 && next.page === lines[index]!.page && isCell(next);
}

/**
 * In a table whose header row is printed again, a line of its own wider than a cell, between blank lines and over
 * more cells, is a row that spans the columns (the heading of a group of rows), not a line of running text.
 */
function spanningRow(lines: readonly Line[], index: number, isCell: (line: Line) => boolean): boolean {
  const [line, next] = [lines[index]!, lines[index + 1]];
  if (index === 0 || line.blankBefore === 0 || line.wraps || opensWithMark(line.text) || !next || next.blankBefore === 0 || next.page !== line.page) return false;
  return isCell(next) || numberCell(lines, index + 1, isCell);
}

/**
 * The end of a row at `end` that opens with a label wider than a cell: a group (lines with no blank line between
 * them) of as many lines as the run's first group, the label not wrapping and opening with no mark, every line under
 * it a cell. Undefined when the lines at `end` are no such row.
 */
function labelledRowEnd(lines: readonly Line[], start: number, end: number, isCell: (line: Line) => boolean): number | undefined {
  const groupEnd = (from: number): number => {
    let to = from + 1;
    while (to < lines.length && lines[to]!.blankBefore === 0 && lines[to]!.page === lines[from]!.page) to += 1;
    return to;
  };
  const label = lines[end];
  if (end <= start || !label || label.blankBefore === 0 || label.page !== lines[end - 1]!.page || label.wraps || opensWithMark(label.text)) return undefined;
  const width = groupEnd(start) - start;
  const rowEnd = groupEnd(end);
  if (width < 2 || rowEnd - end !== width || !lines.slice(end + 1, rowEnd).every(isCell)) return undefined;
  return rowEnd;
}

/** Where a group of two cells or more starts that is printed again, the same, on a later page (its first printing). */
function repeatedHeaderStarts(lines: readonly Line[], isCell: (line: Line) => boolean): Set<number> {
  const first = new Map<string, number>();
  const starts = new Set<number>();
  const opensGroup = (index: number) => index === 0 || lines[index]!.blankBefore > 0 || lines[index]!.page !== lines[index - 1]!.page;
  for (let index = 0; index < lines.length; index += 1) {
    if (!opensGroup(index)) continue;
    let end = index + 1;
    while (end < lines.length && !opensGroup(end)) end += 1;
    const group = lines.slice(index, end);
    // (A header cell may wrap, `Fiscal year (July–June` over `period)`: the group is printed again the same all the same.)
    if (group.length < 2 || !group.every((line) => isCell(line))) continue;
    const key = group.map((line) => line.text).join('\n');
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else if (lines[earlier]!.page < lines[index]!.page) starts.add(earlier);
  }
  return starts;
}

/** Whether a run of lines is a table whose cells wrap (see `WRAPPED_CELL_WIDTH_SHARE`). */
function wrappedCells(run: readonly Line[], width: number): boolean {
  if (run.length < MIN_WRAPPED_TABLE_LINES || !run.every((line) => printedWidth(line.text) <= width * WRAPPED_CELL_WIDTH_SHARE)) return false;
  let groups = 0;
  let size = 0;
  run.forEach((line, index) => {
    if (index > 0 && (line.blankBefore > 0 || line.page !== run[index - 1]!.page)) {
      if (size >= 2) groups += 1;
      size = 0;
    }
    size += 1;
  });
  if (size >= 2) groups += 1;
  return groups >= MIN_WRAPPED_GROUPS;
}

/** `continued`: the run repeats the header row of a table before it; `wrapped`: its cells wrap (`wrappedCells`). */
function readTable(lineCount: number, groups: readonly string[][], reflower: Reflower, continued: boolean, wrapped = false): Omit<TableSpan, 'start' | 'end'> | undefined {
  const multiCellGroups = groups.filter((group) => group.length >= 2).length;
  if (!continued && !wrapped && (lineCount < MIN_TABLE_LINES || multiCellGroups < MIN_MULTI_CELL_GROUPS)) return undefined;
  const cells = groups.flat();
  // (A table known by its header row may hold sentences in its cells: recommendations and the answers to them.)
  if (!continued && cells.filter((cell) => reflower.endsSentence(cell)).length > cells.length * MAX_SENTENCE_SHARE) return undefined;
  const rows = recoverRows(groups);
  return rows ? { columns: true, rows } : { columns: false, rows: cells.map((cell) => [cell]) };
}
