/**
 * Page furniture: the lines the UN's page frame prints around the text rather than the text itself. On the
 * first page the masthead (`United Nations`, the symbol, the organs, `Distr.: General`, the date of issue,
 * `Original: English`) closed by the job number (`25-02726 (E)    030325`) and the barcode (`*2502726*`);
 * at the top of the next pages the running symbol lines, the job number and the page mark (`2/3`), in
 * either order; `Please recycle` where a page prints it. Left in the flow they become paragraphs, split a
 * paragraph broken by a page, and stand after the signatures where nobody looks for them: they are taken out
 * of the lines and kept as page marks with their page.
 *
 * The shapes are the UN's and hold in every language (the job number's language letter varies: `(E)`,
 * `(F)`); only `Please recycle` is words, read from the language's cues.
 */
import type { PageMark } from '../model/index.ts';
import type { SegmentationCues } from './cues.ts';
import type { Line } from './lines.ts';

/** `25-02726 (E)    030325    050325`, `25-02726`; a date code may stand alone on the next line. */
const JOB_NUMBER = /^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})*$/u;
const DATE_CODES = /^\d{6}(?:\s+\d{6})*$/u;
/** `*2502726*`. */
const BARCODE = /^\*\d{7,}\*$/u;
/** `2/4`, `10/12`. */
const PAGE_NUMBER = /^(\d{1,3})\s*\/\s*(\d{1,3})$/u;
/** A document symbol alone on its line (`A/79/794`, `S/2025/104`, `A/ES-10/1043`, `E/2025/81`). */
const SYMBOL_LINE = /^(?:[A-Z]{1,6}\/)+(?:[A-Z]{1,6}-)?\d+(?:\/[\w.-]+)*(?:\s*[-–]\s*(?:[A-Z]{1,6}\/)+(?:[A-Z]{1,6}-)?\d+(?:\/[\w.-]+)*)*$/u;
/** The first page's frame closes the masthead within this many lines, or there is no masthead to take. */
const MASTHEAD_MAX_LINES = 16;
/** Most frame lines at the top or foot of a page. */
const FRAME_MAX_LINES = 6;

export interface Furniture {
  /** The lines of the text flow, furniture taken out. */
  lines: Line[];
  marks: PageMark[];
}

function frameKind(text: string, cues: SegmentationCues): PageMark['kind'] | undefined {
  if (JOB_NUMBER.test(text)) return 'job-number';
  if (BARCODE.test(text)) return 'barcode';
  const page = PAGE_NUMBER.exec(text);
  if (page && Number(page[1]) <= Number(page[2])) return 'page-number';
  if (SYMBOL_LINE.test(text)) return 'symbol';
  if (cues.recycle?.test(text)) return 'recycle';
  return undefined;
}

/** Whether a run of frame lines is a page frame: a symbol alone may be a line of the text. */
function isFrame(kinds: ReadonlyArray<PageMark['kind']>): boolean {
  return kinds.some((kind) => kind !== 'symbol');
}

export function separateFurniture(lines: readonly Line[], cues: SegmentationCues): Furniture {
  const furniture = new Map<Line, PageMark['kind']>();
  const pages = new Map<number, Line[]>();
  for (const line of lines) {
    const page = pages.get(line.page) ?? [];
    page.push(line);
    pages.set(line.page, page);
  }
  for (const [number, pageLines] of pages) {
    // The first page: the masthead, closed by the job number and barcode.
    if (number === 1) {
      const close = pageLines.findIndex((line, index) => index < MASTHEAD_MAX_LINES && (JOB_NUMBER.test(line.text) || BARCODE.test(line.text)));
      if (close > 0) {
        for (const line of pageLines.slice(0, close)) furniture.set(line, 'masthead');
        for (const line of pageLines.slice(close)) {
          // Date codes may wrap onto a line of their own under the job number.
          const kind = DATE_CODES.test(line.text) ? 'job-number' : frameKind(line.text, cues);
          if (!kind || kind === 'symbol') break;
          furniture.set(line, kind);
        }
      }
    }
    // The top of the page (after what is already taken) and its foot.
    const free = pageLines.filter((line) => !furniture.has(line));
    const top: Array<[Line, PageMark['kind']]> = [];
    for (const line of free.slice(0, FRAME_MAX_LINES)) {
      const kind = frameKind(line.text, cues);
      if (!kind) break;
      top.push([line, kind]);
    }
    if (isFrame(top.map(([, kind]) => kind))) for (const [line, kind] of top) furniture.set(line, kind);
    const rest = free.filter((line) => !furniture.has(line));
    const foot: Array<[Line, PageMark['kind']]> = [];
    for (const line of rest.slice(-FRAME_MAX_LINES).reverse()) {
      const kind = frameKind(line.text, cues);
      if (!kind || kind === 'symbol') break;
      foot.push([line, kind]);
    }
    for (const [line, kind] of foot) furniture.set(line, kind);
  }
  const marks: PageMark[] = [];
  const flow: Line[] = [];
  for (const line of lines) {
    const kind = furniture.get(line);
    if (kind) marks.push({ page: line.page, kind, text: line.text });
    else flow.push(line);
  }
  return { lines: flow, marks };
}
