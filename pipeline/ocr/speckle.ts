import type { EngineLine, EngineParagraph, EngineWord } from './engine.ts';

/**
 * Drops what Tesseract reads in margin speckle (`‘ ; | . ,`), using confidences and geometry: the text
 * body is where the confident words are; a word is noise when it has no letter or digit and lies outside
 * that body or is read with little confidence, or stands apart from the words of its line (a speck read as
 * `.` at the end of a short line); or when it has letters but sits outside the body with low confidence or
 * is a single letter there (a speck read as `i`, `l` or `I`).
 */
export interface SpeckleOptions {
  /** Punctuation-only words under this confidence are noise wherever they are. */
  punctuationConfidence?: number;
  /** Words outside the text body under this confidence are noise. */
  marginConfidence?: number;
  /** Words never taken for noise, whatever their size and place (a list bullet). */
  keep?: (words: readonly EngineWord[], index: number) => boolean;
  /**
   * Characters of a script written without spaces (Chinese), where one character is often a whole word: such
   * a word counts toward the text body and is no lone-letter speck. Without it, the body of a Chinese page
   * was found among its two-character words only, and the one-character words that start its lines (`随`,
   * `请`) fell outside it and were dropped.
   */
  unspaced?: RegExp;
}

export const HAS_ALPHANUMERIC = /[\p{L}\p{N}]/u;

export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(share * (sorted.length - 1))))]!;
}

export interface TextBody {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Median height of confident words, pixels. */
  wordHeight: number;
}

/** Whether a word is one character of a script written without spaces (a whole word there). */
function unspacedWord(text: string, unspaced: RegExp | undefined): boolean {
  return unspaced !== undefined && [...text].length === 1 && unspaced.test(text);
}

/**
 * The rectangle holding the confident words (2nd to 98th percentile of their edges): words of two letters
 * or more, or of one character of a script written without spaces.
 */
export function textBody(words: EngineWord[], unspaced?: RegExp): TextBody | undefined {
  const confident = words.filter((word) => word.confidence >= 70 && ((word.text.match(/\p{L}/gu)?.length ?? 0) >= 2 || unspacedWord(word.text, unspaced)));
  if (confident.length < 5) return undefined;
  return {
    left: percentile(confident.map((word) => word.bbox[0]), 0.02),
    right: percentile(confident.map((word) => word.bbox[2]), 0.98),
    top: percentile(confident.map((word) => word.bbox[1]), 0.0),
    bottom: percentile(confident.map((word) => word.bbox[3]), 1.0),
    wordHeight: percentile(confident.map((word) => word.bbox[3] - word.bbox[1]), 0.5),
  };
}

export function isSpeckle(word: EngineWord, body: TextBody | undefined, options: SpeckleOptions = {}): boolean {
  const punctuationConfidence = options.punctuationConfidence ?? 45;
  const marginConfidence = options.marginConfidence ?? 60;
  const text = word.text.trim();
  if (text === '') return true;
  const punctuationOnly = !HAS_ALPHANUMERIC.test(text);
  if (punctuationOnly && word.confidence < punctuationConfidence) return true;
  if (!body) return false;
  const tolerance = body.wordHeight;
  const [x0, y0, x1, y1] = word.bbox;
  const outside = x1 < body.left - tolerance / 2 || x0 > body.right + tolerance / 2 || y1 < body.top - 2 * tolerance || y0 > body.bottom + 2 * tolerance;
  if (outside && punctuationOnly) return true;
  if (outside && (word.confidence < marginConfidence || ([...text].length === 1 && !unspacedWord(text, options.unspaced)))) return true;
  // A sliver much shorter than the text, read with doubt: a speck between lines.
  if (word.confidence < marginConfidence && punctuationOnly && y1 - y0 < body.wordHeight * 0.4) return true;
  return false;
}

/**
 * Punctuation standing further from the previous word of its line than two word heights: text puts a
 * mark against its word or one space away, a speck lands anywhere.
 */
function standsApart(words: EngineWord[], index: number, body: TextBody | undefined): boolean {
  const word = words[index]!;
  const previous = words[index - 1];
  if (!body || !previous || HAS_ALPHANUMERIC.test(word.text)) return false;
  return word.bbox[0] - previous.bbox[2] > 2 * body.wordHeight;
}

/**
 * The paragraphs with noise words removed; lines and paragraphs left empty disappear, and a line's box
 * shrinks to the words it keeps (a speck in the margin no longer widens it).
 */
export function removeSpeckle(paragraphs: EngineParagraph[], options: SpeckleOptions = {}): EngineParagraph[] {
  const body = textBody(paragraphs.flatMap((paragraph) => paragraph.lines.flatMap((line) => line.words)), options.unspaced);
  const kept: EngineParagraph[] = [];
  for (const paragraph of paragraphs) {
    const lines: EngineLine[] = [];
    for (const line of paragraph.lines) {
      const words = line.words.filter((word, index) => options.keep?.(line.words, index) || (!isSpeckle(word, body, options) && !standsApart(line.words, index, body)));
      if (words.length > 0) lines.push({ words, bbox: wordsBox(words) });
    }
    if (lines.length > 0) kept.push({ lines });
  }
  return kept;
}

function wordsBox(words: EngineWord[]): [number, number, number, number] {
  return [
    Math.min(...words.map((word) => word.bbox[0])),
    Math.min(...words.map((word) => word.bbox[1])),
    Math.max(...words.map((word) => word.bbox[2])),
    Math.max(...words.map((word) => word.bbox[3])),
  ];
}

/**
 * Page text: words joined by a space, lines by a line break, paragraphs by a blank line. Two words meet
 * without a space where a character of `unspaced` (a script written without spaces) ends the first or
 * starts the second.
 */
export function paragraphsText(paragraphs: EngineParagraph[], unspaced?: RegExp): string {
  const lineText = (line: EngineLine) =>
    line.words.map((word) => word.text).reduce((text, word) => {
      if (text === '') return word;
      const touching = unspaced && (unspaced.test([...text].at(-1)!) || unspaced.test([...word][0]!));
      return touching ? text + word : `${text} ${word}`;
    }, '');
  return paragraphs.map((paragraph) => paragraph.lines.map(lineText).join('\n')).join('\n\n');
}
