import type { FontSet, FontStyle } from './fonts.ts';
import type { FlowBlock, Run } from './flow.ts';
import { LEADING_RATIO } from './geometry.ts';
import { faceRuns } from './scripts.ts';

/** Text placed on a line: `x` in points from the content area's left edge. */
export interface LinePiece {
  x: number;
  text: string;
  style: FontStyle;
  size: number;
}

export interface TypesetLine {
  pieces: LinePiece[];
  /** A line of a right-to-left block: laid out left to right here, mirrored when drawn. */
  rightToLeft?: boolean;
}

export interface TypesetBlock {
  source: FlowBlock;
  lines: TypesetLine[];
  /** Baseline-to-baseline distance. */
  leading: number;
}

/** Widths of words, cached per face: the same words come back on every page of every letter. */
export class Measurer {
  private readonly cache = new Map<string, number>();

  constructor(private readonly fonts: FontSet) {}

  width(text: string, style: FontStyle, size: number): number {
    const key = `${style}\u0000${text}`;
    let unit = this.cache.get(key);
    if (unit === undefined) {
      // Each script's characters in its own face; Arabic runs are shaped (joined forms) when measured.
      unit = faceRuns(text, this.fonts).reduce((sum, run) => sum + this.fonts.faces[run.face]![style].widthOfTextAtSize(run.text, 1000) / 1000, 0);
      this.cache.set(key, unit);
    }
    return unit * size;
  }
}

interface Word {
  pieces: Array<{ text: string; style: FontStyle }>;
  width: number;
  /** A forced line break follows this word. */
  breakAfter: boolean;
  /** A space stands between this word and the one before (none between two Chinese characters). */
  spaceBefore: boolean;
}

/** Characters of scripts written without spaces: a line may break between any two of them. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Kinsoku: marks that never start a line (closing brackets and quotes, stops, commas, the ideographic dash). */
const NO_BREAK_BEFORE = /[，。、；：！？）」』”’》〉】〕｝…—·％‰),.;:!?%\]}]/u;
/** Marks that never end a line (opening brackets and quotes). */
const NO_BREAK_AFTER = /[（「『“‘《〈【〔｛(\[{]/u;

/**
 * Cuts a word with no space inside into the pieces a line may break between: between two characters of which
 * one is Chinese (or Japanese), unless the second may not start a line or the first may not end one. Latin
 * words and numbers inside stay whole.
 */
function breakUnits(token: string): string[] {
  const characters = [...token];
  const units: string[] = [];
  characters.forEach((character, index) => {
    const previous = characters[index - 1];
    const breakable = previous !== undefined && (UNSPACED.test(previous) || UNSPACED.test(character))
      && !NO_BREAK_BEFORE.test(character) && !NO_BREAK_AFTER.test(previous);
    if (units.length === 0 || breakable) units.push(character);
    else units[units.length - 1] += character;
  });
  return units;
}

/**
 * Breaks text into words at spaces, and between the characters of unspaced scripts (Chinese, with the
 * usual rules for punctuation at line starts and ends): words are never hyphenated, so the text read back
 * from the PDF is the model's text. A `\n` in a run forces a line break (signature lines).
 */
function words(runs: readonly Run[], size: number, measurer: Measurer): Word[] {
  const result: Word[] = [];
  let current: Word = { pieces: [], width: 0, breakAfter: false, spaceBefore: true };
  const finish = (breakAfter: boolean, nextSpaced = true) => {
    if (current.pieces.length > 0) {
      current.breakAfter = breakAfter;
      result.push(current);
    } else if (breakAfter && result.length > 0) {
      result[result.length - 1]!.breakAfter = true;
    }
    current = { pieces: [], width: 0, breakAfter: false, spaceBefore: current.pieces.length > 0 ? nextSpaced : current.spaceBefore && nextSpaced };
  };
  for (const run of runs) {
    for (const token of run.text.split(/( +|\n)/)) {
      if (token === '') continue;
      if (token === '\n') finish(true);
      else if (token.startsWith(' ')) finish(false);
      else {
        breakUnits(token).forEach((unit, index) => {
          if (index > 0) finish(false, false);
          current.pieces.push({ text: unit, style: run.style });
          current.width += measurer.width(unit, run.style, size);
        });
      }
    }
  }
  finish(false);
  return result;
}

function breakLines(all: Word[], firstWidth: number, width: number, spaceWidth: number): Word[][] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const word of all) {
    const available = lines.length === 0 ? firstWidth : width;
    const needed = line.length === 0 ? word.width : used + (word.spaceBefore ? spaceWidth : 0) + word.width;
    if (line.length > 0 && needed > available) {
      lines.push(line);
      line = [word];
      used = word.width;
    } else {
      line.push(word);
      used = needed;
    }
    if (word.breakAfter) {
      lines.push(line);
      line = [];
      used = 0;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Places the words of one line; justified lines spread the spaces, the others keep real spaces. */
function placeLine(line: Word[], x: number, available: number, align: FlowBlock['align'], justify: boolean, size: number, spaceWidth: number): LinePiece[] {
  const spaces = line.slice(1).filter((word) => word.spaceBefore).length;
  const natural = line.reduce((sum, word) => sum + word.width, 0) + spaceWidth * spaces;
  // Only spaces stretch: a Chinese line without one is set flush, its characters never spread apart.
  if (justify && spaces > 0) {
    const extra = (available - natural) / spaces;
    const pieces: LinePiece[] = [];
    let cursor = x;
    for (const [index, word] of line.entries()) {
      if (index > 0 && word.spaceBefore) cursor += spaceWidth + extra;
      pieces.push(...wordPieces(word, cursor, size));
      cursor += word.width;
    }
    return pieces;
  }
  let start = x;
  if (align === 'right') start = x + available - natural;
  else if (align === 'center') start = x + (available - natural) / 2;
  // Words in the same face are drawn as one string with real spaces between them.
  const pieces: LinePiece[] = [];
  let cursor = start;
  for (const [index, word] of line.entries()) {
    for (const [pieceIndex, piece] of word.pieces.entries()) {
      const previous = pieces.at(-1);
      const separator = index > 0 && pieceIndex === 0 && word.spaceBefore ? ' ' : '';
      if (previous && previous.style === piece.style) previous.text += separator + piece.text;
      else pieces.push({ x: cursor + (separator ? spaceWidth : 0), text: piece.text, style: piece.style, size });
      cursor += (separator ? spaceWidth : 0);
      cursor += wordPieceWidth(word, pieceIndex);
    }
  }
  return pieces;
}

function wordPieceWidth(word: Word, pieceIndex: number): number {
  // Pieces of one word are measured together when the word has a single face (the usual case).
  if (word.pieces.length === 1) return word.width;
  return (word as Word & { pieceWidths: number[] }).pieceWidths[pieceIndex]!;
}

function wordPieces(word: Word, x: number, size: number): LinePiece[] {
  if (word.pieces.length === 1) return [{ x, text: word.pieces[0]!.text, style: word.pieces[0]!.style, size }];
  const widths = (word as Word & { pieceWidths: number[] }).pieceWidths;
  let cursor = x;
  return word.pieces.map((piece, index) => {
    const placed = { x: cursor, text: piece.text, style: piece.style, size };
    cursor += widths[index]!;
    return placed;
  });
}

function withPieceWidths(all: Word[], size: number, measurer: Measurer): Word[] {
  for (const word of all) {
    if (word.pieces.length > 1) {
      (word as Word & { pieceWidths: number[] }).pieceWidths = word.pieces.map((piece) => measurer.width(piece.text, piece.style, size));
    }
  }
  return all;
}

function typesetRuns(runs: readonly Run[], block: FlowBlock, left: number, width: number, firstIndent: number, measurer: Measurer): LinePiece[][] {
  const all = withPieceWidths(words(runs, block.size, measurer), block.size, measurer);
  const spaceWidth = measurer.width(' ', 'regular', block.size);
  const lines = breakLines(all, width - firstIndent, width, spaceWidth);
  // A right-to-left block is set flush to its start (mirrored: right aligned), not justified: justifying
  // would place each word on its own, and the bidirectional order is found over the whole line.
  const justified = block.align === 'justify' && block.direction !== 'rtl';
  return lines.map((line, index) => {
    const isLast = index === lines.length - 1 || line.at(-1)!.breakAfter;
    const indent = index === 0 ? firstIndent : 0;
    return placeLine(line, left + indent, width - indent, justified ? 'justify' : block.align === 'justify' ? 'left' : block.align, justified && !isLast, block.size, spaceWidth);
  });
}

/** Breaks a block into lines for a content area `contentWidth` wide. */
export function typesetBlock(block: FlowBlock, contentWidth: number, measurer: Measurer): TypesetBlock {
  const width = contentWidth - block.left - block.rightInset;
  const lines = typesetRuns(block.runs, block, block.left, width, block.firstIndent, measurer);
  if (lines.length === 0 && block.label) lines.push([]);
  if (block.label && lines.length > 0) {
    const labelLine = typesetRuns(block.label.runs, { ...block, align: 'left' }, block.label.left, contentWidth, 0, measurer)[0] ?? [];
    lines[0] = [...labelLine, ...lines[0]!];
  }
  if (block.column) {
    const columnLines = typesetRuns(block.column.runs, { ...block, align: 'left' }, block.column.left, contentWidth - block.column.left, 0, measurer);
    columnLines.forEach((pieces, index) => {
      if (index < lines.length) lines[index] = [...lines[index]!, ...pieces];
      else lines.push(pieces);
    });
  }
  const rightToLeft = block.direction === 'rtl';
  return { source: block, lines: lines.map((pieces) => (rightToLeft ? { pieces, rightToLeft } : { pieces })), leading: block.size * LEADING_RATIO };
}
