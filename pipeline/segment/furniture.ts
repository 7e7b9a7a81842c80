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

/**
 * `25-02726 (E)    030325    050325`, `25-02726`; a date code may stand alone on the next line. Offices away from
 * New York prefix theirs (`GE.06-12917 (E) 040706` at Geneva, `V.25-01234` at Vienna).
 */
const JOB_NUMBER = /^(?:[A-Z]{1,2}\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})*$/u;
const DATE_CODES = /^\d{6}(?:\s+\d{6})*$/u;
/** A job number inside a line, its language letter required (a text whose line breaks were lost). */
export const JOB_NUMBER_IN_TEXT = /(?<![\p{L}\d.-])(?:[A-Z]{1,2}\.)?\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6})*(?![\p{L}\d])/u;
/**
 * A switch of a word processor's field left in the text (`page \* MERGEFORMAT 5`, the page number's field in the
 * UN's Word template): no part of what the page prints.
 */
const FIELD_SWITCH = /\s*\\\*\s*[A-Z]+(?=\s|$)/gu;
/** A running symbol and the page's number on one line (`A/HRC/1/L.6 page 5`): the symbol, then the rest. */
const RUNNING_SYMBOL = /^((?:[A-Z]{1,6}\/)+(?:[A-Z]{1,6}-)?\d+(?:\/[\w.-]+)*)\s+(\S.*)$/u;
/** `*2502726*`. */
const BARCODE = /^\*\d{7,}\*$/u;
/** `2/4`, `10/12`. */
const PAGE_NUMBER = /^(\d{1,3})\s*\/\s*(\d{1,3})$/u;
/** `- 2 -`: the page number of older layouts, centred at the foot. */
const DASHED_PAGE_NUMBER = /^[-–—]\s*\d{1,3}\s*[-–—]$/u;
/** `/...`: older layouts end every page but the last so, the text going on overleaf. */
const CONTINUATION = /^\/\s*(?:\.{2,}|…)$/u;
/**
 * A field of a catalogue record (`Document symbol: S/2008/815`, `Publication Date: 03/12/2008`): a label of at
 * most three words with a capital, a colon, its value.
 */
const RECORD_FIELD = /^\p{Lu}\p{L}*(?:\s\p{L}+){0,2}\s?:\s+\S/u;
/** Fewest fields of a catalogue record. */
const RECORD_MIN_FIELDS = 3;
/** Fewest fields of a catalogue record that ends the text. */
const RECORD_MIN_FIELDS_AT_END = 2;
/** Longest line of the web page printed after a catalogue record (`Go to Top`). */
const RECORD_TRAIL_MAX_LENGTH = 60;
/** A document symbol alone on its line (`A/79/794`, `S/2025/104`, `A/ES-10/1043`, `E/2025/81`). */
const SYMBOL_LINE = /^(?:[A-Z]{1,6}\/)+(?:[A-Z]{1,6}-)?\d+(?:\/[\w.-]+)*(?:\s*[-–]\s*(?:[A-Z]{1,6}\/)+(?:[A-Z]{1,6}-)?\d+(?:\/[\w.-]+)*)*$/u;
/** A document symbol inside a line of text (`… Letter from Norway (S/2002/123)`). */
export const SYMBOL_IN_TEXT = /(?<![\p{L}\d/])(?:[A-Z]{1,6}\/)+(?:[A-Z]{1,6}-)?\d+\/[\w.-]*\d/u;
/** The first page's frame closes the masthead within this many lines, or there is no masthead to take. */
const MASTHEAD_MAX_LINES = 16;
/** Most frame lines at the top or foot of a page. */
const FRAME_MAX_LINES = 6;

export interface Furniture {
  /** The lines of the text flow, furniture taken out. */
  lines: Line[];
  marks: PageMark[];
}

function frameKind(printed: string, cues: SegmentationCues): PageMark['kind'] | undefined {
  const text = printed.replace(FIELD_SWITCH, '');
  if (JOB_NUMBER.test(text)) return 'job-number';
  if (BARCODE.test(text)) return 'barcode';
  const page = PAGE_NUMBER.exec(text);
  if (page && Number(page[1]) <= Number(page[2])) return 'page-number';
  if (DASHED_PAGE_NUMBER.test(text) || cues.pageLabel?.test(text)) return 'page-number';
  const running = RUNNING_SYMBOL.exec(text);
  if (running && cues.pageLabel?.test(running[2]!)) return 'page-number';
  if (SYMBOL_LINE.test(text)) return 'symbol';
  if (CONTINUATION.test(text)) return 'continuation';
  if (cues.languageName?.test(text)) return 'language';
  if (cues.recycle?.test(text)) return 'recycle';
  return undefined;
}

/** Whether a run of frame lines is a page frame: a symbol or a language's name alone may be a line of the text. */
function isFrame(kinds: ReadonlyArray<PageMark['kind']>): boolean {
  return kinds.some((kind) => kind !== 'symbol' && kind !== 'language');
}

/**
 * A text taken from a web page may end with the page's catalogue record (`Document symbol: …`, `Document Type:
 * Letter`, `Publication Date: …`) and the page's own short lines after it: the record is a run of fields with
 * nothing but such short lines under it; its first line's index, or `lines.length`.
 */
function trailingRecord(lines: readonly Line[]): number {
  let end = lines.length;
  while (end > 0 && !RECORD_FIELD.test(lines[end - 1]!.text) && lines[end - 1]!.text.length <= RECORD_TRAIL_MAX_LENGTH) end -= 1;
  let start = end;
  while (start > 0 && RECORD_FIELD.test(lines[start - 1]!.text) && (start === end || lines[start]!.blankBefore <= 1)) start -= 1;
  // A page kept only up to its first fields (a text cut short in the record, maybe inside a label) ends on them; the
  // first field names the document by its symbol (`Document symbol: S/2007/292`).
  const cut = lines.length - end <= 1;
  const least = cut ? (SYMBOL_IN_TEXT.test(lines[start]?.text ?? '') ? 1 : RECORD_MIN_FIELDS_AT_END) : RECORD_MIN_FIELDS;
  return end > start && end - start >= least ? start : lines.length;
}

/**
 * The lines a web page prints around the letter it reproduces: its links and buttons (`Go to Top`, a bar of links
 * `Home | Documents | Search`) wherever they stand, the catalogue record at the end, and everything above the
 * letter's title when none of it is a masthead or distribution header line (the page's title, `Request for urgent
 * meeting … – Letter from Libya`, or the letter's title printed once more as the page's, the source and date of
 * posting).
 */
function webPageLines(lines: readonly Line[], cues: SegmentationCues): Line[] {
  const navigation = lines.filter((line) => cues.webNavigation?.test(line.text) === true || isLinkBar(line.text));
  const flow = lines.filter((line) => !navigation.includes(line));
  const catalogue = trailingRecord(flow);
  const shown = navigation.length > 0 || catalogue < flow.length;
  // The page's rule under the letter (`-----`, `______`), before its record or links.
  let record = catalogue;
  while (record > 0 && RULE_LINE.test(flow[record - 1]!.text)) record -= 1;
  const taken = [...navigation, ...flow.slice(record)];
  const titles = flow.slice(0, record).flatMap((line, index) => (cues.letterTitle.test(line.text) ? [index] : []));
  // A page shows itself by its links and record, or by its title naming the document by its symbol or the letter by
  // its sender (`Iraq: Letter from Malaysia …`); without them, lines above the letter's title are its agenda's (a text
  // cut short).
  const namesDocument = (text: string) => (SYMBOL_IN_TEXT.test(text) && !SYMBOL_LINE.test(text)) || cues.letterMention?.test(text) === true;
  const pageTitle = titles[0] !== undefined && flow.slice(0, titles[0]).some((line) => namesDocument(line.text));
  if (!shown && !pageTitle) return taken;
  // The letter's title printed twice: the first is the page's.
  const repeated = titles.length > 1 && sameTitle(flow, titles[0]!, titles[1]!);
  const title = repeated ? titles[1]! : titles[0];
  if (title !== undefined && title > 0) {
    const above = flow.slice(0, title);
    if (above.every((line) => !isHeaderLine(line.text, cues))) taken.push(...above);
  }
  return taken;
}

/** A rule drawn with characters: dashes, underscores, stars or equal signs, maybe spaced (`– – – – –`). */
const RULE_LINE = /^(?:[-–—_*=~•·]\s*){3,}$/u;

/** Fewest links of a bar of links. */
const LINK_BAR_MIN_LINKS = 3;
/** Longest link of a bar of links. */
const LINK_MAX_LENGTH = 30;

/** A web page's bar of links on one line: `Home | About | Documents`, `Home || Search`, each short, none a sentence. */
function isLinkBar(text: string): boolean {
  const links = text.split(/\s*(?:\|{1,2}|•)\s*/u).filter(Boolean);
  return links.length >= LINK_BAR_MIN_LINKS && links.every((link) => link.length <= LINK_MAX_LENGTH && !/[.;:!?]$/u.test(link));
}

/** Most lines a letter title wraps over. */
const TITLE_MAX_LINES = 6;

/** Words two titles share from their start when one repeats the other (`letter dated 15 may 2007 from the …`). */
const SAME_TITLE_WORDS = 12;

/** Whether the title at `second` repeats the one at `first` (the page's title, one line or more, in any case). */
function sameTitle(lines: readonly Line[], first: number, second: number): boolean {
  const words = (from: number, to: number) => lines.slice(from, Math.min(to, from + TITLE_MAX_LINES)).map((line) => line.text).join(' ').toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  const page = words(first, second);
  const letter = words(second, lines.length);
  // Its first words are enough: the page's title may add the symbol or the site's name.
  const shared = Math.min(page.length, letter.length, SAME_TITLE_WORDS);
  return shared > 0 && page.slice(0, shared).join(' ') === letter.slice(0, shared).join(' ');
}

/** A line of a masthead or distribution header: the Organization, an organ, a session or year, agenda items. */
function isHeaderLine(text: string, cues: SegmentationCues): boolean {
  // An organ, session or year stands alone on its line there (a page's title may name one: `… to the President of
  // the Security Council`).
  const whole = (pattern: RegExp) => pattern.exec(text)?.[0].length === text.replace(/[\s.,;:]+$/u, '').length;
  return cues.masthead.test(text) || cues.organs.some(whole) || whole(cues.session) || whole(cues.year) || cues.agendaItems.test(text);
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
      // (A job number under the letter's title stands at the foot of a short page: it closes no masthead.)
      const title = pageLines.findIndex((line) => cues.letterTitle.test(line.text));
      const close = pageLines.findIndex((line, index) => index < MASTHEAD_MAX_LINES && (title < 0 || index < title) && (JOB_NUMBER.test(line.text) || BARCODE.test(line.text)));
      // Older layouts print the job number at the foot of the page: their masthead ends on its `Original:` line.
      const original = close > 0 ? -1 : pageLines.findIndex((line, index) => index < MASTHEAD_MAX_LINES && cues.mastheadOriginal?.test(line.text));
      if (original > 0) for (const line of pageLines.slice(0, original + 1)) furniture.set(line, 'masthead');
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
  // A web page has no pages: its own lines are looked for only in a text of one page.
  if (pages.size === 1) for (const line of webPageLines(lines, cues)) furniture.set(line, 'record');
  const marks: PageMark[] = [];
  const flow: Line[] = [];
  for (const line of lines) {
    const kind = furniture.get(line);
    if (kind) marks.push({ page: line.page, kind, text: line.text });
    else flow.push(line);
  }
  return { lines: flow, marks };
}
