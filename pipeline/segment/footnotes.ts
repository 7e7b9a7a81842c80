/**
 * Footnotes at the foot of a page: everything under a footnote rule (`__________`) down to the end of the
 * page, or a starred note (`* Circulated in the language of submission only.`) ending the page when the text
 * before it carries the star (`see annex*`, `(see annex).*`), or the page's frame does (`A/79/999*`, a reissued document's
 * symbol, over `* Reissued for technical reasons …`). Left in the flow they become paragraphs, or
 * glue themselves to the signatures or to the paragraph the page breaks; they are taken out and kept apart.
 */
import type { Footnote } from '../model/index.ts';
import type { Line } from './lines.ts';
import type { Reflower } from './reflow.ts';

const RULE = /^_{5,}$/u;
/** A footnote's mark: `1 Text`, `* Text`, `** Text`, `*Text`. */
const NOTE_MARK = /^(\d{1,3}|\*{1,3})\s*(?=\S)/u;
const STAR_NOTE = /^(\*{1,3})\s*\S/u;
/** A starred note is at most this many lines from the end of its page. */
const STAR_NOTE_MAX_LINES = 4;

/** A table's cell carrying a note's star: a short figure or word with the star right after it (`9*`, `10*`). */
function starredCell(text: string, star: string): boolean {
  return text.length <= STARRED_CELL_MAX_LENGTH && text.endsWith(star) && /^[^\s*]+$/u.test(text.slice(0, -star.length));
}

/** Longest cell carrying a note's star. */
const STARRED_CELL_MAX_LENGTH = 12;

export interface Footnotes {
  lines: Line[];
  footnotes: Footnote[];
}

/** `frame`: the page furniture taken out of `lines` before, with its page. */
export function separateFootnotes(lines: readonly Line[], reflower: Reflower, frame: ReadonlyArray<{ page: number; text: string }> = []): Footnotes {
  const noteLines = new Set<Line>();
  const areas: Line[][] = [];
  const pages = new Map<number, Line[]>();
  for (const line of lines) pages.set(line.page, [...(pages.get(line.page) ?? []), line]);
  const starred = (before: ReadonlyArray<{ text: string }>, mark: string) => before.some((line) => line.text.includes(mark) && new RegExp(`[^\\s*]\\${[...mark].join('\\')}`, 'u').test(line.text));
  for (const pageLines of pages.values()) {
    const rule = pageLines.findIndex((line) => RULE.test(line.text));
    // A starred note under a table whose cells carry its star (`9*`, then `* One under construction`), wherever it
    // stands on the page: the note's lines down to the next blank line.
    pageLines.forEach((line, index) => {
      const star = STAR_NOTE.exec(line.text)?.[1];
      if (!star || index === 0 || (rule >= 0 && index > rule) || line.blankBefore === 0 || noteLines.has(line) || !pageLines.slice(0, index).some((cell) => starredCell(cell.text, star))) return;
      let end = index + 1;
      while (end < pageLines.length && pageLines[end]!.blankBefore === 0) end += 1;
      const area = pageLines.slice(index, end);
      for (const noteLine of area) noteLines.add(noteLine);
      areas.push(area);
    });
    let start = rule;
    if (rule < 0) {
      start = pageLines.findIndex((line, index) => index > 0 && index >= pageLines.length - STAR_NOTE_MAX_LINES && line.blankBefore > 0 && STAR_NOTE.test(line.text) && !noteLines.has(line));
      if (start < 0) continue;
      const star = STAR_NOTE.exec(pageLines[start]!.text)![1]!;
      const page = pageLines[start]!.page;
      if (!starred(frame.filter((mark) => mark.page <= page), star) && !starred(lines.slice(0, lines.indexOf(pageLines[start]!)), star)) continue;
    }
    const area = pageLines.slice(start);
    for (const line of area) noteLines.add(line);
    areas.push(area.filter((line) => !RULE.test(line.text)));
  }
  const footnotes: Footnote[] = [];
  for (const area of areas) {
    let current: { page: number; mark: string; texts: string[] } | undefined;
    const close = () => {
      if (current) footnotes.push({ id: `footnote_${footnotes.length + 1}`, page: current.page, mark: current.mark, text: reflower.join(current.texts) });
      current = undefined;
    };
    for (const line of area) {
      const mark = NOTE_MARK.exec(line.text);
      const next = mark && (!current || mark[1]!.startsWith('*') || Number(mark[1]) === Number(current.mark) + 1);
      if (mark && next) {
        close();
        current = { page: line.page, mark: mark[1]!, texts: [line.text.slice(mark[0].length)] };
      } else if (current) current.texts.push(line.text);
      else current = { page: line.page, mark: '', texts: [line.text] };
    }
    close();
  }
  return { lines: lines.filter((line) => !noteLines.has(line)), footnotes };
}
