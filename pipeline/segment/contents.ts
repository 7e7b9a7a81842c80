/**
 * A table of contents, as a long report prints it on its first pages: each entry's number (`I.`, `A.`, `1.`) on a line
 * of its own or before its title, the title (maybe wrapped), dot leaders running to the right margin and the page
 * number, which the extraction sets on the next line; the heading `Contents` and column heads (`Chapter`, `Page`) over
 * it, group lines with no leader (`Annexes`, `Part One`) among the entries. Read as text, every entry would open a
 * section or a paragraph of its own and the report's real headings would be counted twice: the run is one list.
 *
 * What gives the run away is the leaders (no running text ends on five dots), the same in every language; only the
 * heading and column words are the language's (`SegmentationCues.contentsLabel`).
 */
import type { ListItem } from '../model/index.ts';
import type { Line } from './lines.ts';
import type { Reflower } from './reflow.ts';

/**
 * Dot leaders ending a line (`Introduction . . . . . .`, `Membership..........`), maybe with the page number after them;
 * a title that fills its line leaves room for three dots only (`… brought to its attention . . .`).
 */
const LEADER = /\s*(?:[.…·]\s?){3,}\s*(\d{1,3}|[ivxlc]{1,6})?$/u;
/** Leaders no running text ends on: five dots and more. */
const LONG_LEADER = /(?:[.…·]\s?){5,}\s*(?:\d{1,3}|[ivxlc]{1,6})?$/u;
/** A page number alone on its line, under the entry whose leaders point to it (`12`, `iv`). */
const PAGE_NUMBER = /^(?:\d{1,3}|[ivxlc]{1,6})$/u;
/** An entry's number alone on its line: `I.`, `A.`, `1.`, `1.2`, `12`, a decision's `56/101.`. */
const ENTRY_MARK = /^(?:[IVXLC]{1,6}|[A-Z]|\d{1,3}(?:[./]\d{1,3})*)\.?$/u;
/** An entry's number before its title on the same line (`II. Mandate . . . 4`). */
const INLINE_MARK = /^((?:[IVXLC]{1,6}|[A-Z]|\d{1,3}(?:\.\d{1,3})*)\.)\s+(?=\S)/u;
/** Most lines between two leaders of one table of contents: a number, a title of three lines, a group line, a column head. */
const MAX_ENTRY_GAP = 7;
/** Fewest leaders of a table of contents printed with no heading over it (one continued from an earlier page). */
const MIN_BARE_LEADERS = 3;
/** Most lines between the `Contents` heading and the first leader (the column heads, the first entry's number and title). */
const MAX_HEAD_LINES = 6;

export interface ContentsSpan {
  /** `start` and `end` (exclusive) index the lines. */
  start: number;
  end: number;
  /** The entries, in order: a number when printed, the title, the page number after ` … ` when printed. */
  entries: Array<Pick<ListItem, 'num' | 'text'>>;
}

/** The tables of contents among `lines` (the lines of one body), in order. */
export function findContents(lines: readonly Line[], reflower: Reflower): ContentsSpan[] {
  const label = reflower.cues.contentsLabel;
  const leaders = lines.flatMap((line, index) => (LEADER.test(line.text) ? [index] : []));
  const spans: ContentsSpan[] = [];
  let runStart = 0;
  while (runStart < leaders.length) {
    // A run of leaders close to each other (a page break inside the run is no gap: the furniture is out already).
    let runEnd = runStart;
    while (runEnd + 1 < leaders.length && leaders[runEnd + 1]! - leaders[runEnd]! <= MAX_ENTRY_GAP) runEnd += 1;
    const [first, final] = [leaders[runStart]!, leaders[runEnd]!];
    const long = leaders.slice(runStart, runEnd + 1).filter((index) => LONG_LEADER.test(lines[index]!.text)).length;
    runStart = runEnd + 1;
    if (long === 0) continue;
    // Its heading: the language's `Contents` a few lines over the first leader, the lines between being the column heads
    // and the first entry's number and title.
    let start = first;
    for (let index = first - 1; index >= Math.max(0, first - MAX_HEAD_LINES); index -= 1) {
      if (label?.test(lines[index]!.text)) start = index;
    }
    if (start === first) {
      if (long < MIN_BARE_LEADERS) continue;
      // With no heading, the first entry opens with its own lines: its number and title lines over the leader.
      start = entryStart(lines, first);
    }
    let end = final + 1;
    if (end < lines.length && lines[end]!.blankBefore === 0 && PAGE_NUMBER.test(lines[end]!.text)) end += 1;
    spans.push({ start, end, entries: readEntries(lines.slice(start, end), reflower) });
  }
  return spans;
}

/** The first line of the entry whose title ends on the leader at `index`: its number and wrapped title lines over it. */
function entryStart(lines: readonly Line[], index: number): number {
  let start = index;
  while (start > 0 && lines[start]!.blankBefore === 0 && lines[start]!.page === lines[start - 1]!.page && !PAGE_NUMBER.test(lines[start - 1]!.text) && !LEADER.test(lines[start - 1]!.text) && index - start < 3) start -= 1;
  return start;
}

/** The entries of a table of contents from its lines: its labels left out, each number, title and page together. */
function readEntries(lines: readonly Line[], reflower: Reflower): ContentsSpan['entries'] {
  const label = reflower.cues.contentsLabel;
  const entries: ContentsSpan['entries'] = [];
  let num: string | undefined;
  let texts: string[] = [];
  // The entry just closed on its leader, whose page number the next line may hold.
  let awaitingPage: (typeof entries)[number] | undefined;
  const close = (page?: string): ContentsSpan['entries'][number] => {
    const title = reflower.join(texts);
    const entry = { ...(num !== undefined ? { num } : {}), text: page ? `${title} … ${page}` : title };
    if (title || num !== undefined) entries.push(entry);
    num = undefined;
    texts = [];
    awaitingPage = undefined;
    return entry;
  };
  for (const line of lines) {
    const text = line.text;
    if (texts.length === 0 && num === undefined && label?.test(text)) continue;
    const leader = LEADER.exec(text);
    if (leader) {
      let title = text.slice(0, leader.index).trim();
      const inline = texts.length === 0 && num === undefined ? INLINE_MARK.exec(title) : null;
      if (inline) {
        num = inline[1]!.replace(/\.$/u, '');
        title = title.slice(inline[0].length);
      }
      texts.push(title);
      const entry = close(leader[1]);
      if (!leader[1]) awaitingPage = entry;
      continue;
    }
    // The page number set under its entry's leader, on the next line with no blank between.
    if (awaitingPage && line.blankBefore === 0 && PAGE_NUMBER.test(text)) {
      awaitingPage.text = `${awaitingPage.text} … ${text}`;
      awaitingPage = undefined;
      continue;
    }
    awaitingPage = undefined;
    if (ENTRY_MARK.test(text)) {
      // A group line with no leader before it (`Annexes`) is an entry of its own.
      if (texts.length > 0 || num !== undefined) close();
      num = text.replace(/\.$/u, '');
      continue;
    }
    // A line with no leader after a finished entry and followed by a blank line is a group line; else a title wraps on.
    if (texts.length > 0 && line.blankBefore > 0) close();
    texts.push(text);
  }
  close();
  return entries;
}
