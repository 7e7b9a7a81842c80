/**
 * Where an extraction may have joined two printed lines. An extractor loses the hyphen of a compound only
 * where the page broke a line at it: poppler's `pdftotext` glues the two halves (`Governmentcontrolled`) and
 * carries the rest of the next line onto the first, another extractor joins them with a space (`two state`).
 * Either way the place stands on a line longer than the text's printed lines, after most of a printed
 * line. A text that keeps the page's lines (mutool, the pipeline's own extraction) shows a glued or spaced
 * compound in the middle of a line of ordinary length only because the page prints it so (`wellknown`,
 * `value chain`): a typo or a spelling of the original, which the repair must keep.
 */
import { lastStartAtOrBefore, lineStarts } from '../offsets.ts';

/** Lines at least this share of the text's lines are no longer than count as its printed line width. */
const PRINTED_WIDTH_SHARE = 0.9;
/**
 * A joined line is longer than the printed width by this factor, and the join stands after this share of it.
 * Measured on pdftotext's texts of the tuning letters with a repair gold: every joined line is 1.16 to 1.98
 * printed widths long, its join after 0.73 to 0.98 of one; a mutool text's lines pass 1.1 widths in a letter
 * out of ten (a footnote in a smaller font, an address).
 */
const JOINED_LENGTH = 1.1;
const JOIN_AFTER = 0.6;
/** What the first printed line can hold: a join stands before this share of a printed width past the line's start. */
const JOIN_BEFORE = 1.05;

export interface LineJoins {
  /** Whether the place at `offset` may be where the extraction joined two printed lines. */
  mayJoinAt(offset: number): boolean;
  /**
   * Whether the place may be the one where two lines were joined, no later than the first printed line can end:
   * on a joined line the text after it is the next printed line, carried over, where a spaced compound is printed so.
   */
  mayJoinExactlyAt(offset: number): boolean;
}

/** The joins of a text, read off its line lengths. */
export function lineJoins(text: string): LineJoins {
  const starts = lineStarts(text);
  const lengths = starts.map((start, index) => text.slice(start, index + 1 < starts.length ? starts[index + 1]! - 1 : text.length).trimEnd().length);
  const printed = lengths.filter((length) => length > 0).sort((left, right) => left - right);
  const width = printed.length === 0 ? 0 : printed[Math.min(printed.length - 1, Math.floor(PRINTED_WIDTH_SHARE * printed.length))]!;
  return {
    mayJoinAt(offset: number): boolean {
      const line = lastStartAtOrBefore(starts, offset);
      return lengths[line]! > JOINED_LENGTH * width && offset - starts[line]! >= JOIN_AFTER * width;
    },
    mayJoinExactlyAt(offset: number): boolean {
      const line = lastStartAtOrBefore(starts, offset);
      return this.mayJoinAt(offset) && offset - starts[line]! <= JOIN_BEFORE * width;
    },
  };
}
