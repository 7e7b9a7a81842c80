/**
 * Texts whose line breaks were lost: a letter saved from a word processor with every line break and paragraph
 * mark turned into one space comes as a single line, masthead, title, body, signature and page foot run
 * together. Every reader of the frame works on lines, so the frame's own lines are cut out of such a line again
 * where the letter's forms show them: the title from its opening words to its last known addressee (or to the
 * body's opening words), the valediction, the signed mark with the name, each role under it, and the page's
 * foot (a running symbol, the job number). What lies between stays one line: the body's paragraphs cannot be
 * told apart.
 */
import type { SegmentationCues } from './cues.ts';
import type { Line } from './lines.ts';
import { JOB_NUMBER_IN_TEXT, SYMBOL_IN_TEXT } from './furniture.ts';

/** Shortest line taken for a whole letter run together: longer than any printed line or title. */
const RUN_TOGETHER_MIN_LENGTH = 300;

/** Most characters between the valediction's start and its comma (`Yours faithfully,`). */
const VALEDICTION_MAX_LENGTH = 30;

/** Re-cuts the frame's lines out of a line that holds a whole letter; other texts come back as they are. */
export function restoreLineBreaks(lines: readonly Line[], cues: SegmentationCues): Line[] {
  // A text that prints its title on a line of its own kept its line breaks.
  if (lines.some((line) => cues.letterTitle.test(line.text))) return [...lines];
  return lines.flatMap((line) => (line.text.length >= RUN_TOGETHER_MIN_LENGTH ? splitRunTogether(line, cues) : [line]));
}

interface Cut {
  at: number;
  /** Blank lines above the new line: 0 keeps it in the block above (a signature's role under its name). */
  blankBefore: number;
}

function splitRunTogether(line: Line, cues: SegmentationCues): Line[] {
  const text = line.text;
  const starts = wordStarts(text);
  const titleAt = starts.find((at) => at > 0 && isCapital(text[at]!) && cues.letterTitle.test(text.slice(at)));
  if (titleAt === undefined) return [line];
  const cuts: Cut[] = [{ at: titleAt, blankBefore: 1 }];
  const titleEnd = addresseesEnd(text, titleAt, cues) ?? starts.find((at) => at > titleAt && cues.bodyOpening.test(text.slice(at)));
  if (titleEnd === undefined) return [line];
  const bodyAt = starts.find((at) => at >= titleEnd);
  if (bodyAt === undefined) return [line];
  cuts.push({ at: bodyAt, blankBefore: 1 });

  // The valediction (`Respectfully,`) after a sentence's end, then the signed mark with the name.
  const afterSentence = starts.filter((at) => at > bodyAt && /[.!?:;]\s$/u.test(text.slice(Math.max(0, at - 2), at)));
  const valediction = afterSentence.find((at) => isValediction(text, at, cues));
  if (valediction !== undefined) cuts.push({ at: valediction, blankBefore: 1 });
  const signedAt = starts.find((at) => at > bodyAt && cues.signedMark.test(text.slice(at)) && /[([/]/u.test(text[at]!));
  if (signedAt !== undefined) {
    cuts.push({ at: signedAt, blankBefore: 1 });
    const footAt = pageFootStart(text, signedAt);
    // Each role under the name opens with a role's words in capitals (`Permanent Representative of …`, `Chairman of …`).
    let from = signedAt + (cues.signedMark.exec(text.slice(signedAt))?.[0].length ?? 0);
    for (const at of starts) {
      if (at <= from || at >= footAt || !isCapital(text[at]!)) continue;
      const role = cues.roleStart.exec(text.slice(at));
      if (!role) continue;
      cuts.push({ at, blankBefore: 0 });
      from = at + role[0].length;
    }
    for (const at of pageFootCuts(text, signedAt)) cuts.push({ at, blankBefore: 1 });
  }
  return cutLine(line, cuts);
}

/** Where the title's last addressee ends: `addressed to` and known addressees joined by `and`, or undefined. */
function addresseesEnd(text: string, titleAt: number, cues: SegmentationCues): number | undefined {
  const intro = new RegExp(cues.addresseeIntro.source, cues.addresseeIntro.flags.replace('g', ''));
  const match = intro.exec(text.slice(titleAt));
  if (!match) return undefined;
  let at = titleAt + match.index + match[0].length;
  let end: number | undefined;
  for (;;) {
    const known = longestKnown(text.slice(at), cues.knownAddressees);
    if (known === undefined) return end;
    end = at + known;
    const joiner = new RegExp(`^(?:${cues.addresseeJoiner.source})`, cues.addresseeJoiner.flags.replace('g', '')).exec(text.slice(end));
    if (!joiner) return end;
    at = end + joiner[0].length;
  }
}

function longestKnown(text: string, known: readonly string[]): number | undefined {
  const lower = text.toLowerCase();
  const lengths = known.filter((addressee) => lower.startsWith(addressee.toLowerCase()) && !/[\p{L}\d]/u.test(text[addressee.length] ?? '')).map((addressee) => addressee.length);
  return lengths.length > 0 ? Math.max(...lengths) : undefined;
}

function isValediction(text: string, at: number, cues: SegmentationCues): boolean {
  const comma = text.indexOf(',', at);
  if (comma < 0 || comma - at > VALEDICTION_MAX_LENGTH) return false;
  return cues.complimentaryClose?.test(text.slice(at, comma + 1)) === true;
}

/** Where the page's foot starts after the signature: its running symbol or its job number. */
function pageFootStart(text: string, from: number): number {
  return pageFootCuts(text, from)[0] ?? text.length;
}

function pageFootCuts(text: string, from: number): number[] {
  const tail = text.slice(from);
  const cuts: number[] = [];
  const symbol = new RegExp(SYMBOL_IN_TEXT.source, 'gu');
  for (let match = symbol.exec(tail); match; match = symbol.exec(tail)) cuts.push(from + match.index);
  const job = JOB_NUMBER_IN_TEXT.exec(tail);
  if (job) cuts.push(from + job.index);
  return [...new Set(cuts)].sort((first, second) => first - second);
}

function cutLine(line: Line, cuts: readonly Cut[]): Line[] {
  const sorted = [...cuts].sort((first, second) => first.at - second.at).filter((cut, index, all) => cut.at > 0 && all[index - 1]?.at !== cut.at);
  const pieces: Line[] = [];
  let start = 0;
  let blankBefore = line.blankBefore;
  for (const cut of [...sorted, { at: line.text.length, blankBefore: 0 }]) {
    const text = line.text.slice(start, cut.at).trim();
    if (text) pieces.push({ ...line, text, indent: 0, blankBefore, wraps: false });
    start = cut.at;
    blankBefore = cut.blankBefore;
  }
  return pieces;
}

function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = 0; at < text.length; at += 1) if (!/\s/u.test(text[at]!) && (at === 0 || /\s/u.test(text[at - 1]!))) starts.push(at);
  return starts;
}

function isCapital(character: string): boolean {
  return /\p{Lu}/u.test(character);
}
