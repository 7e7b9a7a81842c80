import type { EngineLine, EngineParagraph } from './engine.ts';
import { percentile } from './speckle.ts';

export interface LayoutOptions {
  /** A line this many usual line pitches or more below the previous one starts a paragraph. */
  gapFactor?: number;
  /** A line starting this many line heights right of the text's left edge is indented. */
  indentFactor?: number;
}

/**
 * Paragraphs read off the page's geometry, once speckle is gone. Tesseract's own paragraphs are not kept:
 * it judges them by where lines start, and a speck in the margin moves a line's start (a signatory's name
 * came out apart from its role, a paragraph's last line apart from the paragraph). Letters set paragraphs
 * apart by space or by a first-line indent, so a paragraph starts at a line standing further below the
 * previous one than the usual line pitch allows, at an indented line under a line that is not, and where
 * the reading order jumps back up the page.
 */
export function paragraphsByLayout(paragraphs: EngineParagraph[], options: LayoutOptions = {}): EngineParagraph[] {
  const gapFactor = options.gapFactor ?? 1.5;
  const indentFactor = options.indentFactor ?? 2;
  const lines = paragraphs.flatMap((paragraph) => paragraph.lines);
  const pitches = lines.slice(1).map((line, index) => pitch(lines[index]!, line)).filter((value) => value > 0);
  // Too few lines to know the page's usual spacing: Tesseract's paragraphs stand.
  if (pitches.length < 3) return paragraphs;
  const usualPitch = median(pitches);
  const lineHeight = median(lines.map((line) => line.bbox[3] - line.bbox[1]));
  const left = percentile(lines.map((line) => line.bbox[0]), 0.1);
  const indented = (line: EngineLine) => line.bbox[0] - left > indentFactor * lineHeight;
  const result: EngineParagraph[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const starts =
      !previous || pitch(previous, line) <= 0 || pitch(previous, line) > gapFactor * usualPitch || (indented(line) && !indented(previous));
    if (starts) result.push({ lines: [] });
    result.at(-1)!.lines.push(line);
  });
  return result;
}

/** Distance from one line's top to the next one's. */
function pitch(above: EngineLine, below: EngineLine): number {
  return below.bbox[1] - above.bbox[1];
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}
