/**
 * The text as a list of non-blank lines, each knowing its indent and how many blank lines precede it.
 * Blank lines carry the paragraph structure; when the extraction put a blank line between every line (001),
 * one blank line means nothing and the counts are lowered by one.
 */
import { fullLineWidth, printedWidth } from './widths.ts';

export interface Line {
  /** The line without its leading and trailing white space. */
  text: string;
  /** Number of leading spaces (page breaks and paragraph starts are indented in these extractions). */
  indent: number;
  /** Blank lines between this line and the previous non-blank one, after double spacing is undone. */
  blankBefore: number;
  /** 0-based line number in the text. */
  number: number;
  /** 1-based page: one more than the form feeds before the line. */
  page: number;
  /**
   * The line ended with a space before its line break: PDF text extractions keep the space where a line of
   * running text wraps, so the text goes on after it (a last line, a heading or a signature line has none);
   * a line ending in a word broken by a hyphen wraps too.
   */
  wraps: boolean;
  /**
   * The extraction set a blank line under this line, which wraps: it is the first line of an indented
   * paragraph (the blank line is closed, see closeWrapGaps). A text whose paragraphs show this opens each
   * paragraph so, also at the top of a page.
   */
  opensIndented?: boolean;
}

/** Share of wraps inside sentences holding one blank line above which the text is taken as double-spaced. */
const DOUBLE_SPACED_SHARE = 0.6;
/** Fewest wraps inside sentences needed to judge. */
const MIN_WRAPS = 3;

/**
 * `pageStarts`: the 0-based line numbers where pages 2, 3, … start, when the text has no form feeds (a PDF
 * whose pages were joined by the extraction); else pages are counted by form feeds. `unfinished`: the language's
 * words that end no sentence (`SegmentationCues.unfinishedEnd`).
 */
export function readLines(text: string, pageStarts: readonly number[] = [], unfinished?: RegExp): Line[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: Line[] = [];
  let blanks = 0;
  let page = 1;
  for (const [number, content] of raw.entries()) {
    while (pageStarts[page - 1] !== undefined && pageStarts[page - 1]! <= number) page += 1;
    const pageAtStart = page;
    page += content.split('\f').length - 1;
    const trimmedEnd = content.replace(/[\s\u00a0]+$/u, '');
    if (trimmedEnd.trim() === '') {
      blanks += 1;
      continue;
    }
    const text = trimmedEnd.replace(/^[\s\u00a0]+/u, '');
    // A form feed opening the line (`\fA/79/794`) puts it on the next page already.
    const linePage = /^[^\S\f]*\f/u.test(content) ? page : pageAtStart;
    // A word broken at the line end by a hyphen wraps too, with no space after it (`entitled “OPCW-`).
    const wraps = /[^\s\u00a0][ \u00a0]+$/u.test(content) || /\p{L}-$/u.test(trimmedEnd);
    lines.push({ text, indent: trimmedEnd.length - text.length, blankBefore: lines.length === 0 ? 0 : blanks, number, page: linePage, wraps });
    blanks = 0;
  }
  if (isDoubleSpaced(lines)) {
    for (const line of lines) line.blankBefore = Math.max(0, line.blankBefore - 1);
  }
  if (isUnwrapped(lines)) {
    for (const line of lines.slice(1)) line.blankBefore = Math.max(1, line.blankBefore);
  }
  markFullWraps(lines, unfinished);
  closeWrapGaps(lines);
  closeFootnoteCallGaps(lines);
  return lines;
}

/**
 * A list, item or section mark opening a line (`1.`, `(a)`, `•`, `II.`, `A.` alone), or a starred footnote's mark
 * (`* Circulated in the language of submission only.`): such a line starts a unit of its own.
 */
const MARK = /^(?:[A-HJ-KM-UWYZ]\.$|\(?[\da-z]{1,3}[.)](?!\d)|\d{1,2}(?:\.\d{1,3})+(?=\s+[^\s\p{Ll}]|$)|\(\p{Script=Arabic}\u0640?\)|\d{1,3}\s+[-–]|[•·▪◦●■◾◼▫➢►\-–—−]\s|[•·▪◦●■◾◼▫➢►]$|[IVXL]{1,6}\.|\*{1,3}\s*\S)/u;
/** The numbering marks of `MARK` alone: a paragraph's, an item's or a section's number, no bullet or star. */
const NUMBER_MARK = /^(?:\(?[\da-z]{1,3}[.)](?!\d)|\d{1,2}(?:\.\d{1,3})+(?=\s+[^\s\p{Ll}]|$)|\(\p{Script=Arabic}\u0640?\)|\d{1,3}\s+[-–]|[IVXL]{1,6}\.)/u;

/**
 * Whether a line opens with a list, item or section mark, or a starred footnote's mark. (`936.0` and `4.5%` are
 * figures, no marks: an outline's number opens with at most two digits and stands before a space; `2.5 million`, a
 * word in lower case after it, is a figure too.)
 */
export function opensWithMark(text: string): boolean {
  return MARK.test(text);
}

/** Whether a line opens with a paragraph's, item's or section's number (not a bullet or a star). */
export function opensWithNumber(text: string): boolean {
  return NUMBER_MARK.test(text);
}

/** A number or letter alone on its line: `1.`, `III.`, `(a)`. */
const BARE_MARK = /^(?:[A-HJ-KM-UWYZ]\.|\(?[\da-z]{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|[IVXL]{1,6}\.?)$/u;
/** Longest heading line under a bare number; the first line of a paragraph runs to the full width. */
const HEADING_MAX_LENGTH = 60;

/** From this share of the text's full line width, a line was filled by the text: it wraps if it ends mid-sentence. */
const FULL_LINE_SHARE = 0.8;

/**
 * The extraction keeps no space at the end of some wrapped lines. A line that fills the width of the page (an
 * indented first line a little less) and ends inside a sentence (on a comma, a dash, or a word that ends no
 * sentence nor heading in the language: `the`, `of`) wraps all the same. (A long heading fills the line too, and
 * ends on a word of its own.)
 */
function markFullWraps(lines: Line[], unfinished: RegExp | undefined): void {
  const fullWidth = fullLineWidth(lines);
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.wraps || lines[index + 1]!.page !== line.page || printedWidth(line.text) < FULL_LINE_SHARE * fullWidth) continue;
    if (!(/\p{L}[,–—]$|\s[–—]$/u.test(line.text) || unfinished?.test(line.text))) continue;
    // (A clause ending on a comma over a blank line and a capital that opens an indented paragraph of its own ends a
    // preambular paragraph: `… for international peace and security,` over `Recalling its resolution …`.)
    if (line.text.endsWith(',') && lines[index + 1]!.blankBefore === 1 && !startsLowerCase(lines[index + 1]!.text) && opensParagraph(lines, index + 1)) continue;
    line.wraps = true;
  }
}

/** A footnote's call ending a line: a number right after a sentence's punctuation or a word (`70/305.2`, `Assembly3`). */
const CALL_END = /(?:[.,;:!?)\]”’"»]|\p{Ll}{2})(\d{1,2})$/u;
/** The rule over a page's footnotes. */
const FOOTNOTE_RULE = /^_{5,}$/u;

/**
 * A superscript footnote call raises its line, and the extraction sets a blank line under it though the paragraph
 * goes on (`… resolutions 69/321 and 70/305.2`, blank, `These are the primary forum …`). Where the line fills the
 * width of the text and its call is the mark of a footnote printed under the rule of the same page, the blank line
 * is closed. (A line under the blank that opens an indented paragraph of its own, with its blank line under it and
 * no rule there, is a real paragraph.)
 */
function closeFootnoteCallGaps(lines: Line[]): void {
  const fullWidth = fullLineWidth(lines);
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1]!;
    const line = lines[index]!;
    // The paragraph goes on under the blank: its line wraps (a heading under a paragraph ending on a call does not).
    if (line.blankBefore !== 1 || line.page !== previous.page || !line.wraps || MARK.test(line.text) || FOOTNOTE_RULE.test(line.text)) continue;
    const call = CALL_END.exec(previous.text);
    if (!call || printedWidth(previous.text) < FULL_LINE_SHARE * fullWidth) continue;
    const under = lines[index + 1];
    if (line.opensIndented && !(under && under.page === line.page && FOOTNOTE_RULE.test(under.text))) continue;
    if (!footnoteOnPage(lines, index, call[1]!)) continue;
    line.blankBefore = 0;
  }
}

/** Whether a footnote marked `mark` stands under a footnote rule on the page of `lines[from]`, below it. */
function footnoteOnPage(lines: readonly Line[], from: number, mark: string): boolean {
  const page = lines[from]!.page;
  let ruled = false;
  for (let index = from; index < lines.length && lines[index]!.page === page; index += 1) {
    const text = lines[index]!.text;
    if (FOOTNOTE_RULE.test(text)) ruled = true;
    else if (ruled && text.startsWith(`${mark} `)) return true;
  }
  return false;
}

/** A line with the next line's first word added still under this share of the full line did not wrap into it. */
const FITS_SHARE = 0.5;

/** Under this share of the width of the line below the blank, a line over it is a heading (pages of block paragraphs). */
const BLOCK_HEADING_SHARE = 0.75;

/** Fewest paragraphs printed as blocks (their first line right over the second) that show a page's style. */
const MIN_BLOCK_PARAGRAPHS = 2;

/**
 * Pages whose paragraphs are printed as blocks, not indented: the extraction sets no blank line under their first
 * lines (several first lines of the full width stand right over the next line, and no blank line ever falls
 * inside a sentence going on in lower case). There a blank line under a wrapped line is a real break: a heading
 * printed with a space after it (`Principle 5: Clarity in defining terrorism `) over the paragraph it heads.
 */
function blockStylePages(lines: readonly Line[]): Set<number> {
  const fullWidth = fullLineWidth(lines);
  const blocks = new Map<number, number>();
  const indented = new Set<number>();
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (!next || next.page !== line.page || !line.wraps) return;
    if (next.blankBefore === 1 && startsLowerCase(next.text) && !/[.;:!?][)”’"»]*$/u.test(line.text)) indented.add(line.page);
    if (line.blankBefore > 0 && next.blankBefore === 0 && printedWidth(line.text) >= FULL_LINE_SHARE * fullWidth) blocks.set(line.page, (blocks.get(line.page) ?? 0) + 1);
  });
  return new Set([...blocks].filter(([page, count]) => count >= MIN_BLOCK_PARAGRAPHS && !indented.has(page)).map(([page]) => page));
}

/** First letter in lower case (this module reads layout only; `reflow.ts` holds the text's own tests). */
function startsLowerCase(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && first !== first.toUpperCase();
}

/**
 * PDF text extractions (mutool) put a blank line after the first line of an indented paragraph or a
 * wrapped heading line; that line ends with the space of its wrap and ends no sentence. The blank line is
 * an artefact of the layout, not a paragraph break, unless the next line opens with a mark.
 */
function closeWrapGaps(lines: Line[]): void {
  const blockPages = blockStylePages(lines);
  const fullWidth = fullLineWidth(lines);
  // The blank lines as extracted: the blocks they bound, before any gap is closed.
  const blanks = lines.map((line) => line.blankBefore);
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1]!;
    const line = lines[index]!;
    if (line.blankBefore !== 1 || !previous.wraps || line.page !== previous.page) continue;
    // The word under the blank would have fitted with room to spare on the line above, shorter than half a line: that
    // line did not wrap into it (a table's figure printed with a space after it, `1 794.2 `, over the next row's label).
    // The line under the blank is short too, a cell. (A justified line cut into a word a line goes on under the blank in a
    // full line, or after its clause's punctuation, `2010); `.)
    const firstWord = /^\S+/u.exec(line.text)?.[0] ?? '';
    const fits = printedWidth(previous.text) + 1 + printedWidth(firstWord) < FITS_SHARE * fullWidth;
    if (fits && /[\p{L}\p{N}%]$/u.test(previous.text) && printedWidth(line.text) < SHORT_LINE_SHARE * fullWidth) continue;
    // On a page of block paragraphs, a line far shorter than the one under the blank is a heading over it.
    if (blockPages.has(line.page) && !startsLowerCase(line.text) && previous.text.length < line.text.length * BLOCK_HEADING_SHARE) continue;
    // The line under the blank opens an indented paragraph itself (a blank line is set under it in turn) and
    // the line above is far shorter (`Observations `, a heading with a space after it): that one ends a block
    // of its own. (A title's wrapped lines are alike in width, each with a blank line under it.)
    // So does a short line over a paragraph of one line (`Briefers ` over `Briefers will be drawn from …`, `The
    // General Assembly, ` over a preambular paragraph) or over a line ending a sentence or on a colon (`Timeline `
    // over `The Group proposed the following timeline:`): the first line of an indented paragraph fills the line.
    // (A clause ending on a semicolon is no heading: a justified line cut into words goes on.)
    const headingAbove = previous.text.length < line.text.length * SHORT_LINE_SHARE && !/[;；؛]$/u.test(previous.text);
    if (headingAbove && (opensParagraph(lines, index) || standsAlone(lines, index) || /[.:!?。：！？؟][)”’"»」』]*$/u.test(line.text))) continue;
    // So does the short last line of a block over a line that fills the width (a title's last line, `Women Council on 1
    // March 2025 `, over its text's first paragraph): a line inside a block that wraps fills the line too.
    if (headingAbove && previous.blankBefore === 0 && printedWidth(line.text) >= FULL_LINE_SHARE * fullWidth && narrowBlockAbove(lines, blanks, index, fullWidth)) continue;
    // A colon ends the line of a run-in heading (`Scale up support …: `) whose sentence goes on in lower case.
    // (A starred footnote call may follow the full stop: `… (see annex).*`.)
    const ended = /[.!?。！？؟][)”’"»」』]*\**$/u.test(previous.text) || (/[:：][)”’"»」』]*$/u.test(previous.text) && !startsLowerCase(line.text));
    if (ended || MARK.test(line.text)) continue;
    // A short line right under a number alone on its line (`III.` then `Membership and structure `) is a
    // heading: the blank line under it is a real one.
    const before = lines[index - 2];
    // (A line in lower case there is an item's text going on, `(c)` then `the measures being taken to ensure the `.)
    if (before && previous.blankBefore === 0 && BARE_MARK.test(before.text) && previous.text.length <= HEADING_MAX_LENGTH && !startsLowerCase(previous.text)) continue;
    line.blankBefore = 0;
    previous.opensIndented = true;
  }
  closeGapsAfterWholeSentences(lines);
  closeUnspacedOpenings(lines);
}

/**
 * The first line of an indented paragraph whose wrap space the extraction lost: a line with a blank line over it that
 * fills the width and ends on a word, the blank line under it, and under that the rest of a clause, ending on a comma
 * or a semicolon and standing alone (a preambular paragraph: `Wishing to promote cooperation between the United
 * Nations and the International`, blank, `Tropical Timber Organization,`). A heading is never followed by a lone line
 * ending a clause.
 */
function closeUnspacedOpenings(lines: Line[]): void {
  const fullWidth = fullLineWidth(lines);
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1]!;
    const line = lines[index]!;
    if (line.blankBefore !== 1 || previous.wraps || previous.blankBefore === 0 || line.page !== previous.page) continue;
    if (!/\p{L}$/u.test(previous.text) || printedWidth(previous.text) < FULL_LINE_SHARE * fullWidth) continue;
    if (!/[,;]$/u.test(line.text) || MARK.test(line.text) || !standsAlone(lines, index)) continue;
    line.blankBefore = 0;
    previous.opensIndented = true;
  }
}

/**
 * The block ending over the line at `index` (from the last blank line above as extracted, `blanks`) is set narrower than the text: none of its
 * lines fills the width (a centred title), so it is no running text.
 */
function narrowBlockAbove(lines: readonly Line[], blanks: readonly number[], index: number, fullWidth: number): boolean {
  for (let at = index - 1; at >= 0; at -= 1) {
    const line = lines[at]!;
    if (printedWidth(line.text) >= FULL_LINE_SHARE * fullWidth) return false;
    if (blanks[at]! > 0 || line.page !== lines[index]!.page) return true;
  }
  return true;
}

/** Under this share of the width of the line below, a line is too short to be wrapped text of the same block. */
const SHORT_LINE_SHARE = 0.6;

/** The line at `index` wraps, ends no sentence and has one blank line under it, then more of its text. */
function opensParagraph(lines: readonly Line[], index: number): boolean {
  const line = lines[index]!;
  const next = lines[index + 1];
  if (!next || !line.wraps || next.blankBefore !== 1 || next.page !== line.page || MARK.test(next.text)) return false;
  return !/[.;:!?。；：！？؛؟][)”’"»」』]*$/u.test(line.text);
}

/**
 * The line at `index` is a paragraph of one line: the extraction kept no wrap space at its end and a blank line,
 * a page break or the end of the text comes under it.
 */
function standsAlone(lines: readonly Line[], index: number): boolean {
  const line = lines[index]!;
  const next = lines[index + 1];
  return !line.wraps && (!next || next.blankBefore > 0 || next.page !== line.page);
}

/** Share of the narrowest indented opening's width that an opening kept with no wrap space must reach. */
const UNSPACED_OPENING_SHARE = 0.9;

/** Fewest indented openings a text must show before their width is trusted. */
const MIN_OPENINGS = 3;

/**
 * The first line of an indented paragraph may end exactly on a sentence (`… must resume urgently. `): the
 * extraction still sets its blank line under it. It is told from a one-line paragraph by its width (as wide
 * as the text's other indented openings: the line was full) and by the line under the blank, which opens
 * no indented paragraph of its own.
 */
function closeGapsAfterWholeSentences(lines: Line[]): void {
  const widths = lines.filter((line) => line.opensIndented).map((line) => line.text.length).sort((a, b) => a - b);
  if (widths.length < MIN_OPENINGS) return;
  const fullWidth = widths[Math.floor(widths.length / 4)]!;
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1]!;
    const line = lines[index]!;
    if (line.blankBefore !== 1 || previous.opensIndented || line.opensIndented || line.page !== previous.page) continue;
    // A line under the blank that wraps into the line right under it opens no indented paragraph (the extraction
    // would have set its blank line under it): the line above needs only the width of the narrowest opening.
    const next = lines[index + 1];
    const wrapsOn = line.wraps && next !== undefined && next.page === line.page && next.blankBefore === 0;
    // The extraction may keep no wrap space at the end of such an opening: one that ends inside a sentence (`… after
    // consulting with the Security`) wraps all the same, a little narrower than the narrowest opening.
    // (A line far shorter than the one under the blank is a heading over it: `Draft resolution` over its title.)
    const cutInSentence = !previous.wraps && wrapsOn && !/[.;:!?。；：！？؛؟][)”’"»」』]*$/u.test(previous.text) && previous.text.length >= SHORT_LINE_SHARE * line.text.length;
    if (!previous.wraps && !cutInSentence) continue;
    const least = cutInSentence ? UNSPACED_OPENING_SHARE * widths[0]! : wrapsOn ? widths[0]! : fullWidth;
    if (index < 2 || previous.blankBefore === 0 || previous.text.length < least || MARK.test(line.text) || MARK.test(previous.text)) continue;
    line.blankBefore = 0;
    previous.opensIndented = true;
  }
}

/**
 * Double spacing shows in the wraps inside sentences: a line that ends no sentence followed by a line in
 * lower case is the same paragraph, so a blank line between them is an extraction artefact.
 */
function isDoubleSpaced(lines: Line[]): boolean {
  // The judgement reads capitals; a text mostly in a script without them (Arabic, Chinese) cannot be judged.
  const letters = lines.map((line) => line.text).join('').match(/\p{L}/gu) ?? [];
  const caseless = letters.filter((letter) => letter.toLowerCase() === letter.toUpperCase()).length;
  if (caseless * 2 > letters.length) return false;
  let wraps = 0;
  let spaced = 0;
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1]!.text;
    const first = /\p{L}/u.exec(lines[index]!.text)?.[0];
    if (/[.;:!?]\W*$/u.test(previous) || !first || first === first.toUpperCase()) continue;
    wraps += 1;
    if (lines[index]!.blankBefore === 1) spaced += 1;
  }
  // PDF extractions set a blank line under the first line of each paragraph only: a text of short paragraphs
  // shows it at most of its wraps, yet most of its lines follow the one above with no blank line.
  const unspaced = lines.slice(1).filter((line) => line.blankBefore === 0).length;
  return wraps >= MIN_WRAPS && spaced / wraps >= DOUBLE_SPACED_SHARE && unspaced <= UNSPACED_MAX_SHARE * lines.length;
}

/** Most share of lines right under another in a double-spaced text (a title's or a signature's lines). */
const UNSPACED_MAX_SHARE = 0.2;

/** Longer than any line of a printed page: a paragraph written on one line (a web page's or a word processor's text). */
const UNWRAPPED_LENGTH = 160;
/** Share of such lines among those that end a sentence above which the text is taken as one paragraph per line. */
const UNWRAPPED_SHARE = 0.3;

/**
 * A text taken from a web page or a word processor holds a paragraph per line, not the printed page's lines: its
 * lines wrap nowhere (no space kept at their ends) and many of those that end a sentence are longer than a page
 * could print. Every line break there ends a unit.
 */
function isUnwrapped(lines: readonly Line[]): boolean {
  if (lines.some((line) => line.wraps)) return false;
  const ending = lines.filter((line) => /[.;:!?]["”’)]*$/u.test(line.text));
  return ending.length > 0 && ending.filter((line) => line.text.length > UNWRAPPED_LENGTH).length >= UNWRAPPED_SHARE * ending.length;
}

/** The lines split where blank lines stand: each chunk is a run of lines with no blank line between. */
export function chunks(lines: Line[]): Line[][] {
  const result: Line[][] = [];
  for (const line of lines) {
    if (result.length === 0 || line.blankBefore > 0) result.push([line]);
    else result[result.length - 1]!.push(line);
  }
  return result;
}
