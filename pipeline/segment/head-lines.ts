/**
 * The head of an attached text: the lines printed above its title or body that are neither. An attached letter or
 * note is reproduced as its sender printed it, so it keeps its frame: a translator's note (`Translation from
 * Russian`), the letterhead with its address, the addressee block (`United Nations Secretariat`), the reference lines
 * (`Our ref. No. …`), a classification (`Confidential`), `Check against delivery` over a statement; a proclamation
 * opens with its formula (`On behalf of the Republic of …` ⏎ `PRESIDENT OF …` ⏎ `makes it publicly known:`).
 * The language's cues name the lines (`headLine`, `letterhead`, `enactingFormula`); the shape of the head decides
 * how far it runs.
 */
import type { SegmentationCues } from './cues.ts';
import type { Line } from './lines.ts';
import { chunks } from './lines.ts';
import type { Reflower } from './reflow.ts';
import { readMarker } from './units.ts';

/** Most lines of one block of a letter's head (a letterhead with its address, an addressee block). */
const HEAD_BLOCK_MAX_LINES = 6;

/** Most blocks a letter's head runs over before the anchor that closes it. */
const HEAD_MAX_BLOCKS = 6;

/** Most blocks a proclamation's formula runs over before the colon that ends it. */
const FORMULA_MAX_BLOCKS = 4;

/** Most lines of one block of a proclamation's formula. */
const FORMULA_BLOCK_MAX_LINES = 3;

export interface HeadContext {
  cues: SegmentationCues;
  reflower: Reflower;
}

/**
 * The head-lines at the top of `lines` (an attached text under its heading), as blocks of lines in order; `length`
 * is how many lines they take. Each block is what the text prints together (a letterhead, an address, one
 * reference line).
 */
export function readHeadLines(lines: readonly Line[], context: HeadContext): { blocks: Line[][]; length: number } {
  const blocks: Line[][] = [];
  let position = 0;
  for (;;) {
    const rest = lines.slice(position);
    const taken = leadingHeadLine(rest, context) ?? formula(rest, context) ?? letterHead(rest, context);
    if (!taken) break;
    blocks.push(...taken);
    position += taken.reduce((sum, block) => sum + block.length, 0);
  }
  return { blocks, length: position };
}

/** A line the language names as a head-line (`Translation from Arabic`, `Check against delivery`) opening `lines`. */
function leadingHeadLine(lines: readonly Line[], context: HeadContext): Line[][] | undefined {
  const first = lines[0];
  return first && isHeadLine(first.text, context.cues) ? [[first]] : undefined;
}

function isHeadLine(text: string, cues: SegmentationCues): boolean {
  return cues.headLine?.test(text.trim()) === true;
}

/**
 * A proclamation's formula over its body: a short block opening with the formula's words (`In the name of …`, `On
 * behalf of …`), then the blocks that carry its sentence on, up to the one that ends on a colon (`makes it publicly
 * known:`). A formula with no colon under it (an invocation alone) is its one block.
 */
function formula(lines: readonly Line[], context: HeadContext): Line[][] | undefined {
  const blocks = chunks([...lines]);
  const first = blocks[0];
  if (!first || !context.cues.enactingFormula?.test(first[0]!.text) || !isFormulaBlock(first, context)) return undefined;
  if (/:$/u.test(lastText(first))) return [first];
  for (let count = 2; count <= FORMULA_MAX_BLOCKS && count <= blocks.length; count += 1) {
    const block = blocks[count - 1]!;
    if (!isFormulaBlock(block, context)) break;
    if (/:$/u.test(lastText(block))) return blocks.slice(0, count);
  }
  return [first];
}

function isFormulaBlock(block: readonly Line[], context: HeadContext): boolean {
  const last = lastText(block);
  return block.length <= FORMULA_BLOCK_MAX_LINES && !readMarker(block[0]!.text) && (/:$/u.test(last) || !context.reflower.endsSentence(last));
}

/**
 * The head of an attached letter or note: blocks that are no sentence, up to the last one that shows it to be a
 * letter's head (a letterhead, a reference line, a line the language names), when such a block stands among the
 * first few. The blocks between (the sender's address, the addressee block) are the head's too.
 */
function letterHead(lines: readonly Line[], context: HeadContext): Line[][] | undefined {
  const blocks = chunks([...lines]);
  let last = -1;
  for (let index = 0; index < blocks.length && index < HEAD_MAX_BLOCKS; index += 1) {
    const block = blocks[index]!;
    if (!isHeadBlock(block, context)) break;
    if (isAnchor(block, index, context)) last = index;
  }
  return last >= 0 ? blocks.slice(0, last + 1) : undefined;
}

/** A block that may stand in a letter's head: a few lines, no mark, no sentence, no salutation, no letter title. */
function isHeadBlock(block: readonly Line[], context: HeadContext): boolean {
  const { cues } = context;
  if (block.length > HEAD_BLOCK_MAX_LINES || readMarker(block[0]!.text) || cues.signedMark.test(block[0]!.text)) return false;
  // A note's opening names its mission as a letterhead does (`Постоянное представительство …`): the sentence tells them apart.
  if (cues.letterTitle.test(block[0]!.text) || (cues.bodyOpening.test(block[0]!.text) && !cues.letterhead?.test(block[0]!.text))) return false;
  if (block.length === 1 && cues.salutation?.test(block[0]!.text)) return false;
  return block.every((line) => isHeadLine(line.text, cues)) || !context.reflower.endsSentence(lastText(block));
}

/** A block that only a letter's head holds: a letterhead opening it (the first block only), or a head-line in it. */
function isAnchor(block: readonly Line[], index: number, context: HeadContext): boolean {
  if (block.some((line) => isHeadLine(line.text, context.cues))) return true;
  return index === 0 && context.cues.letterhead?.test(block[0]!.text) === true;
}

function lastText(block: readonly Line[]): string {
  return block[block.length - 1]!.text;
}

/**
 * The day a head-line opens with when written in figures (`08.08.2024 Our ref. No. …`, a translated letter's dating
 * line), as ISO 8601; the language's `numericDate` cue says the order of its parts.
 */
export function numericDay(text: string, cues: SegmentationCues): string | undefined {
  const groups = cues.numericDate?.exec(text.trim())?.groups;
  if (!groups) return undefined;
  const [year, month, day] = [Number(groups.year), Number(groups.month), Number(groups.day)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${groups.year}-${groups.month!.padStart(2, '0')}-${groups.day!.padStart(2, '0')}`;
}
