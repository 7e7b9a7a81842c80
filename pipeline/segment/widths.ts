/**
 * Widths of printed lines, in Latin character widths: what tells a full line of running text from a short one,
 * a table's cell or a heading (read by the lines, the tables and the units).
 */
import type { Line } from './lines.ts';

/** Share of the widest lines left out when the text's full width is measured (a stray wide line, a landscape page). */
const WIDTH_OUTLIER_SHARE = 0.1;
/** Fewest wrapped lines that measure the width; with fewer (a script whose extraction keeps no wrap space), every line does. */
const MIN_WRAPPED_LINES = 10;

/**
 * Characters a page prints twice as wide as a Latin letter (East Asian wide: Han, kana, Hangul, full-width
 * punctuation and forms): a Chinese line holds half as many characters as an English one of the same width.
 */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/gu;

/** The width of a line as printed, in Latin character widths. */
export function printedWidth(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

/**
 * The width of the text's full lines, in Latin character widths: the wrapped lines (those that go on, on the
 * next line) are as wide as the column of running text; the widest, a few outliers aside, are the full ones.
 */
export function fullLineWidth(lines: readonly Line[]): number {
  const wrapped = lines.filter((line) => line.wraps);
  const measured = wrapped.length >= MIN_WRAPPED_LINES ? wrapped : lines;
  const widths = measured.map((line) => printedWidth(line.text)).sort((a, b) => b - a);
  if (widths.length === 0) return 0;
  return widths[Math.floor(widths.length * WIDTH_OUTLIER_SHARE)]!;
}
