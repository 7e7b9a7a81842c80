/**
 * Footnotes at the foot of a page: everything under a footnote rule (`__________`) down to the end of the
 * page, or a starred note (`* Circulated in the language of submission only.`) ending the page when the text
 * before it carries the star (`see annex*`, `(see annex).*`). Left in the flow they become paragraphs, or
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

export interface Footnotes {
  lines: Line[];
  footnotes: Footnote[];
}

export function separateFootnotes(lines: readonly Line[], reflower: Reflower): Footnotes {
  const noteLines = new Set<Line>();
  const areas: Line[][] = [];
  const pages = new Map<number, Line[]>();
  for (const line of lines) pages.set(line.page, [...(pages.get(line.page) ?? []), line]);
  const starred = (before: readonly Line[], mark: string) => before.some((line) => line.text.includes(mark) && new RegExp(`[^\\s*]\\${[...mark].join('\\')}`, 'u').test(line.text));
  for (const pageLines of pages.values()) {
    const rule = pageLines.findIndex((line) => RULE.test(line.text));
    let start = rule;
    if (rule < 0) {
      start = pageLines.findIndex((line, index) => index > 0 && index >= pageLines.length - STAR_NOTE_MAX_LINES && line.blankBefore > 0 && STAR_NOTE.test(line.text));
      if (start < 0 || !starred(lines.slice(0, lines.indexOf(pageLines[start]!)), STAR_NOTE.exec(pageLines[start]!.text)![1]!)) continue;
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
