/**
 * Cuts a run of lines into units: a numbered paragraph, a list item, a heading or a plain paragraph, each
 * with its lines. Decides between a page break (the line goes on) and a new paragraph, by the blank lines,
 * the indent, the numbering marks and whether the previous line ended a sentence.
 */
import type { Numbering } from '../model/index.ts';
import type { SegmentationCues } from './cues.ts';
import type { Line } from './lines.ts';
import type { Reflower } from './reflow.ts';
import { endsCaseless, startsCaseless, startsLower, startsUpper } from './reflow.ts';
import type { TableSpan } from './tables.ts';
import { findTables, fullLineWidth, printedWidth } from './tables.ts';
import type { ContentsSpan } from './contents.ts';
import { findContents } from './contents.ts';

export type Marker =
  | { kind: 'bullet'; mark: string }
  | { kind: 'numbered'; numbering: Numbering; num: string };

export interface Unit {
  marker?: Marker;
  /** Lines of the unit; the first one without its mark. */
  lines: Line[];
  /** Text of the first line without its mark. */
  texts: string[];
  /** A table: its lines are cells, not running text (`texts` is then empty). */
  table?: Pick<TableSpan, 'columns' | 'rows'>;
  /** A table of contents: its entries, no running text (`texts` is then empty). */
  contents?: ContentsSpan['entries'];
  /** The caption of a picture the text does not hold: a short line printed alone on its page (see `pictureCaptions`). */
  pictureCaption?: boolean;
}

const BULLET = /^([•·▪◦●■◾◼▫➢►\-–—−])\s+(?=\S)/u;
/** A bullet alone on its line, its item's text on the next (a dash alone is a table's empty cell). */
const BARE_BULLET = /^([•·▪◦●■◾◼▫➢►])$/u;
/**
 * `1.`, and the levels of a numbered outline: `1.1.`, `2.3.1`, the last dot often left out there (`1.1
 * Implementation of …`), then a capital follows (`1.5 million` opens no paragraph).
 */
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3})*)\.(?:\s+(?=\S)|$)|^(\d{1,3}(?:\.\d{1,3})+)(?:\s+(?=[\p{Lu}\p{Lt}“"‘(])|$)/u;
/** `1 - ` (the Arabic form of `1.`), also alone on its line with the text on the next. */
const DECIMAL_DASH = /^(\d{1,3})\s+[-–]\s*(?:(?=\S)|$)/u;
const DECIMAL_PARENTHESIS = /^\(?(\d{1,3})\)(?:\s+(?=\S)|$)/u;
/**
 * `a)`, `(a)`, and Arabic letters in parentheses (`(أ)`, `(هـ)` with its tatweel); a mark may stand alone on its
 * line, its text on the next (as Arabic and Chinese versions print them).
 */
const ALPHA_PARENTHESIS = /^(?:\(?([a-z])\)|\((\p{Script=Arabic}\u0640?)\))(?:\s+(?=\S)|$)/u;
const ROMAN_DOTTED = /^([IVXL]{1,6})\.\s+(?=\S)/u;
/**
 * `A.` alone on its line, a subsection's heading under it: a report's subsection inside a roman section. (`I`, `V`, `X`,
 * `L` read as roman numerals; a capital and a full stop opening a line of text are a name's initial, `M. Dupont`.)
 */
const ALPHA_DOTTED = /^([A-HJ-KM-UWYZ])\.$/u;
/** `(ii)`, `(iv)`, `vi)`: sub-items numbered in small roman numerals (one letter, `(i)`, reads as a letter first). */
const ROMAN_PARENTHESIS = /^\(?((?:x{0,2})(?:ix|iv|v?i{0,3}))\)(?:\s+(?=\S)|$)/u;
const ROMAN_BARE = /^([IVXL]{1,6})\.?$/u;

const ROMAN_DIGITS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 4 → `IV`: a section numbered in the language's words keeps the number every version prints as `IV.`. */
export function romanNumeral(value: number): string {
  let rest = value;
  let numeral = '';
  for (const [step, letters] of ROMAN_DIGITS) {
    while (rest >= step) {
      numeral += letters;
      rest -= step;
    }
  }
  return numeral;
}

/**
 * The numbering or list mark a line starts with, and the rest of the line. With the language's cues, its
 * own section marks too (`أولا - `, `一、`), read as the roman sections of the other languages.
 */
export function readMarker(text: string, cues?: Pick<SegmentationCues, 'sectionMark' | 'sectionNumber'>): { marker: Marker; rest: string } | undefined {
  let match: RegExpExecArray | null;
  if (cues?.sectionMark && (match = cues.sectionMark.exec(text))) {
    const value = cues.sectionNumber?.(match[1]!);
    if (value) return { marker: { kind: 'numbered', numbering: 'roman', num: romanNumeral(value) }, rest: text.slice(match[0].length) };
  }
  if ((match = BULLET.exec(text) ?? BARE_BULLET.exec(text))) return { marker: { kind: 'bullet', mark: match[1]! }, rest: text.slice(match[0].length) };
  if ((match = DECIMAL.exec(text))) {
    return { marker: { kind: 'numbered', numbering: 'decimal', num: (match[1] ?? match[2])! }, rest: text.slice(match[0].length) };
  }
  if ((match = DECIMAL_DASH.exec(text))) {
    return { marker: { kind: 'numbered', numbering: 'decimal', num: match[1]! }, rest: text.slice(match[0].length) };
  }
  if ((match = DECIMAL_PARENTHESIS.exec(text))) {
    return { marker: { kind: 'numbered', numbering: 'decimal-parenthesis', num: match[1]! }, rest: text.slice(match[0].length) };
  }
  if ((match = ROMAN_PARENTHESIS.exec(text)) && match[1]!.length > 1) {
    return { marker: { kind: 'numbered', numbering: 'roman-parenthesis', num: match[1]! }, rest: text.slice(match[0].length) };
  }
  if ((match = ALPHA_PARENTHESIS.exec(text))) {
    return { marker: { kind: 'numbered', numbering: 'alpha-parenthesis', num: (match[1] ?? match[2])! }, rest: text.slice(match[0].length) };
  }
  if ((match = ROMAN_DOTTED.exec(text)) || (match = ROMAN_BARE.exec(text))) {
    return { marker: { kind: 'numbered', numbering: 'roman', num: match[1]! }, rest: text.slice(match[0].length) };
  }
  if ((match = ALPHA_DOTTED.exec(text))) {
    return { marker: { kind: 'numbered', numbering: 'alpha', num: match[1]! }, rest: text.slice(match[0].length) };
  }
  return undefined;
}

function isRoman(unit: Unit | undefined): boolean {
  return unit?.marker?.kind === 'numbered' && unit.marker.numbering === 'roman';
}

/**
 * Page breaks that do not end a paragraph, whatever the case of the next line (the page furniture already
 * taken out): inside a sentence, or between two sentences of a paragraph that goes on. (The blank line PDF
 * extractions set under the first line of an indented paragraph is closed when the lines are read.)
 */
function goesOnAfterBreak(current: Unit, previous: Line, lines: readonly Line[], index: number, previousEnds: boolean, reflower: Reflower): boolean {
  const line = lines[index]!;
  if (line.page === previous.page) return false;
  // A caption printed alone on its page over a picture goes on nowhere: the picture fills the rest of the page.
  if (captionShape(current, reflower) && opensPage(lines, lines.indexOf(current.lines[0]!)) && current.lines.every((own) => own.page === previous.page)) return false;
  // The extraction closed the text before the break (no wrap space) and an indented paragraph opens the page: a
  // list item cut short of a full stop (`• … on 27 September 2024`) ends there.
  if (line.opensIndented === true && !previous.wraps) return false;
  // A sentence broken after a semicolon or a colon (a run of clauses) goes on in lower case on the next page.
  const clauseGoesOn = /[;:；：؛]$/u.test(previous.text) && startsLower(line.text);
  return !previousEnds || clauseGoesOn || continuesOnNewPage(current, lines, index, reflower);
}

/**
 * A page that opens with a sentence of the paragraph before (the page broke between two of its sentences):
 * that paragraph opened with an indented first line, as the extraction shows it, and the line at the top of
 * the page is not one: it wraps into the line under it, with no blank line set between them (a heading
 * printed with a space after it, `Observations `, stands alone over a blank line).
 */
function continuesOnNewPage(current: Unit, lines: readonly Line[], index: number, reflower: Reflower): boolean {
  const [line, next] = [lines[index]!, lines[index + 1]];
  const wrapsOn = line.wraps && next !== undefined && next.page === line.page && next.blankBefore === 0;
  if (current.marker?.kind === 'bullet' || !wrapsOn || line.opensIndented === true) return false;
  if (current.lines[0]!.opensIndented === true) return !headsIndentedParagraph(lines, index);
  // A paragraph whose number stands alone on its line (`5.`) opened with an indent under it: the lines at the top of
  // the page go on with it when they end a sentence (a heading of two lines there ends none).
  return current.marker !== undefined && current.texts[0] === '' && current.lines[1]?.opensIndented === true && reflower.endsSentence(lines[blockEnd(lines, index) - 1]!.text);
}

/** Most lines of a heading standing at the top of a page. */
const PAGE_TOP_HEADING_MAX_LINES = 3;

/**
 * The lines at the top of a page are a heading over the indented paragraph under them, not the paragraph before going
 * on: a block of at most three lines ending on a word with no wrap space, an indented paragraph opening under it.
 */
function headsIndentedParagraph(lines: readonly Line[], index: number): boolean {
  const end = blockEnd(lines, index);
  const last = lines[end - 1]!;
  return end - index <= PAGE_TOP_HEADING_MAX_LINES && !last.wraps && /\p{L}$/u.test(last.text) && lines[end]?.opensIndented === true && lines[end]!.page === last.page;
}

/** The index after the last line of the block of lines opening at `index` (up to a blank line or the page's end). */
function blockEnd(lines: readonly Line[], index: number): number {
  let end = index + 1;
  while (end < lines.length && lines[end]!.blankBefore === 0 && lines[end]!.page === lines[index]!.page) end += 1;
  return end;
}

/**
 * Whether a line may go on with the sentence of the line before: it starts in lower case or in a script
 * without capitals, or with a number after a line that wraps or ends on a range's dash (`… on ` then `27 September 2024`, the extraction's
 * blank line under an item's first line) or, in such a script's text, after any line (`2025، …` after
 * `15 كانون الثاني/يناير`).
 */
function continues(text: string, previous: Line | undefined): boolean {
  // (A range cut at its dash, `2009–` over `2011`, goes on too.)
  const number = /^\p{N}/u.test(text) && (previous?.wraps === true || endsCaseless(previous?.text ?? '') || /\p{N}[–—-]$/u.test(previous?.text ?? ''));
  return startsLower(text) || startsCaseless(text) || number;
}

/**
 * A lettered mark whose run started inside the running text (`namely: (a) intensifying …; (b) enhancing …`):
 * the paragraph before holds the mark before this one in its text, not as an item of its own, so this mark
 * goes on in the sentence too.
 */
function continuesInlineRun(current: Unit | undefined, marker: Marker, rest = ''): boolean {
  if (!current || marker.kind !== 'numbered' || marker.numbering !== 'alpha-parenthesis' || marker.num.length !== 1) return false;
  // A run printed inline from its first mark: the line of `(a)` holds `(b)` too (`(a) criminalizing …, (b) developing …`).
  const after = String.fromCharCode(marker.num.charCodeAt(0) + 1);
  if (new RegExp(`[,;]\\s+(?:and\\s+|or\\s+)?\\(${after}\\)\\s`, 'u').test(rest)) return true;
  if (current.marker?.kind === 'numbered' && current.marker.numbering === 'alpha-parenthesis') return false;
  const before = String.fromCharCode(marker.num.charCodeAt(0) - 1);
  if (marker.num === 'a' || !/^[a-z]$/u.test(before)) return false;
  return current.texts.join(' ').includes(`(${before}) `);
}

/** The line opens the item after `current` (`3.` after `2.`, `c)` after `b)`) and the line before it does not wrap. */
function nextInSequence(current: Unit | undefined, previous: Line | undefined, text: string, cues?: SegmentationCues): boolean {
  if (current?.marker?.kind !== 'numbered' || !previous || previous.wraps) return false;
  const next = readMarker(text, cues)?.marker;
  if (next?.kind !== 'numbered' || next.numbering !== current.marker.numbering) return false;
  const [before, after] = [current.marker.num, next.num];
  if (/^\d+$/u.test(before)) return Number(after) === Number(before) + 1;
  return before.length === 1 && after.length === 1 && after.charCodeAt(0) === before.charCodeAt(0) + 1;
}

/**
 * A unit whose text opened a quotation it has not closed (`… issued a note on “Estimated costs of` then a blank line
 * and `Mandated activities …”`): the quoted title goes on after the blank line, whatever its case.
 */
function leavesQuotationOpen(current: Unit): boolean {
  const text = current.texts.join(' ');
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return count(/[“«]/gu) > count(/[”»]/gu);
}

/**
 * A paragraph opened by an indented first line whose line before the blank ends a sentence yet kept its wrap space
 * (the extraction keeps none at a paragraph's last line), and the line under the blank opens no indented paragraph of
 * its own: it wraps into the line right under it with no blank line set there, and its block ends a sentence. The blank
 * line is no paragraph break.
 */
function goesOnAfterSpacedEnd(current: Unit, previous: Line, lines: readonly Line[], index: number, reflower: Reflower): boolean {
  const [line, next] = [lines[index]!, lines[index + 1]];
  if (current.marker?.kind === 'bullet' || current.lines[0]!.opensIndented !== true || !previous.wraps || line.page !== previous.page) return false;
  if (line.opensIndented === true || !startsUpper(line.text)) return false;
  // (A heading over the next part wraps too, but its block ends no sentence: `Section 2. Guidelines on …` over `of such measures`.)
  return line.wraps && next !== undefined && next.page === line.page && next.blankBefore === 0 && reflower.endsSentence(lines[blockEnd(lines, index) - 1]!.text);
}

/** From this share of the text's full line width, a line was filled by its text. */
const FULL_LINE_SHARE = 0.8;

/**
 * A numbered paragraph whose number stands alone on its line and whose first line is a run-in heading filling the
 * line and ending on its full stop (`11.`, then `Support of and cooperation with the authorities.`), or a whole sentence
 * filling the line (`… scheduled from 20 to 28 July 2025.`): the extraction sets a blank line under that line, and the
 * paragraph's text goes on under it. A numbered paragraph is never one
 * full line of text followed by an unnumbered paragraph of its own.
 */
function runInHeadingFillsLine(current: Unit, lines: readonly Line[], index: number, lineWidth: number, reflower: Reflower): boolean {
  if (current.marker?.kind !== 'numbered' || current.marker.numbering !== 'decimal' || current.lines.length !== 2 || current.texts[0] !== '') return false;
  const heading = current.lines[1]!;
  const line = lines[index]!;
  if (heading.page !== line.page || !/[\p{L}\p{N})”’"]\.$/u.test(heading.text) || printedWidth(heading.text) < FULL_LINE_SHARE * lineWidth || !startsUpper(line.text)) return false;
  // The text under the blank is running text ending a sentence, not a heading over the next paragraph.
  const end = blockEnd(lines, index);
  return end - index > 1 && reflower.endsSentence(lines[end - 1]!.text);
}

/** Most lines and words of a caption printed alone over a picture. */
const CAPTION_MAX_LINES = 2;
const CAPTION_MAX_WORDS = 30;
/** Most lines of text a page of pictures holds under its caption (`An additional photograph is on file …`). */
const PICTURE_PAGE_MAX_NOTE_LINES = 1;

/** A unit shaped as a caption: one or two lines with no mark, opening with a capital, ending no sentence nor clause. */
function captionShape(unit: Unit, reflower: Reflower): boolean {
  if (unit.marker || unit.table || unit.contents || unit.lines.length > CAPTION_MAX_LINES) return false;
  const text = reflower.join(unit.texts);
  return startsUpper(text) && !reflower.endsSentence(text) && !/[.,;:!?–—-]$/u.test(text) && text.split(/\s+/u).length <= CAPTION_MAX_WORDS;
}

/** The line at `index` is the first of its page among `lines`. */
function opensPage(lines: readonly Line[], index: number): boolean {
  return index >= 0 && (index === 0 || lines[index - 1]!.page < lines[index]!.page);
}

/**
 * Pages of pictures (photographs, maps, charts the text layer does not hold): the text of such a page is a caption
 * printed alone at its top, maybe with a line of note under it, and the next page holds more. Such a caption is no
 * heading (nothing it heads follows) nor a paragraph. The last page of a body is left alone (a heading there heads
 * its last lines).
 */
function markPictureCaptions(units: Unit[], reflower: Reflower): void {
  const lastPage = units[units.length - 1]?.lines.at(-1)?.page;
  units.forEach((unit, index) => {
    if (!captionShape(unit, reflower)) return;
    const page = unit.lines[0]!.page;
    if (page === lastPage || unit.lines.some((line) => line.page !== page)) return;
    const before = units[index - 1];
    if (before && before.lines[before.lines.length - 1]!.page === page) return;
    const rest = units.slice(index + 1).filter((other) => other.lines[0]!.page === page);
    const restLines = rest.reduce((count, other) => count + other.lines.length, 0);
    if (restLines > PICTURE_PAGE_MAX_NOTE_LINES || rest.some((other) => other.marker || other.table || other.contents || !reflower.endsSentence(reflower.join(other.texts)))) return;
    unit.pictureCaption = true;
  });
}

/**
 * `lineWidth`: the width of the document's full lines of text, which tells a table's narrow cells from running
 * text; measured on `lines` when not given.
 */
export function splitUnits(lines: readonly Line[], reflower: Reflower, lineWidth = fullLineWidth(lines)): Unit[] {
  const units: Unit[] = [];
  const contents = findContents(lines, reflower);
  // (A table of contents is narrow lines too: no table is looked for in it.)
  const tables = findTables(lines, reflower, lineWidth).filter((table) => !contents.some((span) => table.start < span.end && span.start < table.end));
  let previous: Line | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const entries = contents.find((span) => span.start === index);
    if (entries) {
      units.push({ lines: lines.slice(entries.start, entries.end), texts: [], contents: entries.entries });
      index = entries.end - 1;
      previous = lines[index];
      continue;
    }
    const table = tables.find((span) => span.start === index);
    if (table) {
      units.push({ lines: lines.slice(table.start, table.end), texts: [], table: { columns: table.columns, rows: table.rows } });
      index = table.end - 1;
      previous = lines[index];
      continue;
    }
    // A table ends the unit before it: nothing goes on after a table's last cell.
    const current = units[units.length - 1]?.table || units[units.length - 1]?.contents ? undefined : units[units.length - 1];
    const previousEnds = previous === undefined || reflower.endsSentence(previous.text);
    // A mark at the start of a wrapped line (`… la résolution\n62. …`) is not a mark: the line must stand
    // after a break, an indent or the end of a sentence.
    // Or the line's own end shows it is no wrap (no wrap space) and its mark is the next of the item before
    // (`2. https://…` then `3. https://…`: lines with no full stop to end them).
    const candidate = line.blankBefore > 0 || line.indent > 0 || previousEnds || nextInSequence(current, previous, line.text, reflower.cues) ? readMarker(line.text, reflower.cues) : undefined;
    const marked = candidate && !continuesInlineRun(current, candidate.marker, candidate.rest) ? candidate : undefined;
    let starts: boolean;
    if (candidate && !marked) starts = false;
    else if (current && !marked && previous && goesOnAfterBreak(current, previous, lines, index, previousEnds, reflower)) starts = false;
    else if (!current || marked) starts = true;
    // In a script without capitals a heading ends no sentence and the text under it starts no capital: a section
    // heading (`أولا - الخلفية`, `一、背景`, or the mark alone and its heading on the next line) that does not
    // wrap is whole before a blank line.
    else if (line.blankBefore > 0 && startsCaseless(line.text) && isRoman(current) && !previous?.wraps && (current.lines.length === 1 ? current.texts[0] !== '' : current.lines.length === 2 && current.texts[0] === '')) starts = true;
    else if (line.blankBefore === 1 && runInHeadingFillsLine(current, lines, index, lineWidth, reflower)) starts = false;
    else if (line.blankBefore > 0 && previous && goesOnAfterSpacedEnd(current, previous, lines, index, reflower)) starts = false;
    else if (line.blankBefore > 0) starts = !((continues(line.text, previous) || leavesQuotationOpen(current)) && !previousEnds);
    // `I.` alone on its line with its heading right under it (`Background`); else the bare number stands alone.
    else if (isRoman(current) && current.lines.length === 1 && startsUpper(line.text)) starts = !(current.texts[0] === '' && line.blankBefore === 0 && !reflower.endsSentence(line.text));
    else if (line.indent > 0) starts = previousEnds && (startsUpper(line.text) || startsCaseless(line.text));
    else starts = false;
    if (starts) {
      units.push({ ...(marked ? { marker: marked.marker } : {}), lines: [line], texts: [marked ? marked.rest : line.text] });
    } else {
      current!.lines.push(line);
      current!.texts.push(line.text);
    }
    previous = line;
  }
  markPictureCaptions(units, reflower);
  return units;
}
