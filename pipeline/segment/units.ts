/**
 * Cuts a run of lines into units: a numbered paragraph, a list item, a heading or a plain paragraph, each
 * with its lines. Decides between a page break (the line goes on) and a new paragraph, by the blank lines,
 * the indent, the numbering marks and whether the previous line ended a sentence.
 */
import type { Numbering } from '../model/index.ts';
import type { Line } from './lines.ts';
import type { Reflower } from './reflow.ts';
import { startsLower, startsUpper } from './reflow.ts';

export type Marker =
  | { kind: 'bullet'; mark: string }
  | { kind: 'numbered'; numbering: Numbering; num: string };

export interface Unit {
  marker?: Marker;
  /** Lines of the unit; the first one without its mark. */
  lines: Line[];
  /** Text of the first line without its mark. */
  texts: string[];
}

const BULLET = /^([•·▪◦●■\-–—])\s+(?=\S)/u;
const DECIMAL = /^(\d{1,3})\.(?:\s+(?=\S)|$)/u;
const DECIMAL_PARENTHESIS = /^\(?(\d{1,3})\)(?:\s+(?=\S)|$)/u;
const ALPHA_PARENTHESIS = /^\(?([a-z])\)(?:\s+(?=\S)|$)/u;
const ROMAN_DOTTED = /^([IVXL]{1,6})\.\s+(?=\S)/u;
const ROMAN_BARE = /^([IVXL]{1,6})\.?$/u;

/** The numbering or list mark a line starts with, and the rest of the line. */
export function readMarker(text: string): { marker: Marker; rest: string } | undefined {
  let match: RegExpExecArray | null;
  if ((match = BULLET.exec(text))) return { marker: { kind: 'bullet', mark: match[1]! }, rest: text.slice(match[0].length) };
  if ((match = DECIMAL.exec(text))) {
    return { marker: { kind: 'numbered', numbering: 'decimal', num: match[1]! }, rest: text.slice(match[0].length) };
  }
  if ((match = DECIMAL_PARENTHESIS.exec(text))) {
    return { marker: { kind: 'numbered', numbering: 'decimal-parenthesis', num: match[1]! }, rest: text.slice(match[0].length) };
  }
  if ((match = ALPHA_PARENTHESIS.exec(text))) {
    return { marker: { kind: 'numbered', numbering: 'alpha-parenthesis', num: match[1]! }, rest: text.slice(match[0].length) };
  }
  if ((match = ROMAN_DOTTED.exec(text)) || (match = ROMAN_BARE.exec(text))) {
    return { marker: { kind: 'numbered', numbering: 'roman', num: match[1]! }, rest: text.slice(match[0].length) };
  }
  return undefined;
}

function isRoman(unit: Unit | undefined): boolean {
  return unit?.marker?.kind === 'numbered' && unit.marker.numbering === 'roman';
}

/**
 * Breaks that do not end a paragraph, whatever the case of the next line: a page break inside a sentence
 * (the page furniture already taken out), and the blank line PDF extractions set after the first line of an
 * indented paragraph (that line wraps: it ends with a space and ends no sentence).
 */
function goesOnAfterBreak(current: Unit, previous: Line, line: Line, previousEnds: boolean): boolean {
  if (previousEnds) return false;
  if (line.page > previous.page) return true;
  return line.blankBefore === 1 && current.lines.length === 1 && previous.wraps;
}

export function splitUnits(lines: readonly Line[], reflower: Reflower): Unit[] {
  const units: Unit[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const current = units[units.length - 1];
    const previousEnds = previous === undefined || reflower.endsSentence(previous.text);
    // A mark at the start of a wrapped line (`… la résolution\n62. …`) is not a mark: the line must stand
    // after a break, an indent or the end of a sentence.
    const marked = line.blankBefore > 0 || line.indent > 0 || previousEnds ? readMarker(line.text) : undefined;
    let starts: boolean;
    if (current && !marked && previous && goesOnAfterBreak(current, previous, line, previousEnds)) starts = false;
    else if (!current || marked) starts = true;
    else if (line.blankBefore > 0) starts = !(startsLower(line.text) && !previousEnds);
    else if (isRoman(current) && current.lines.length === 1 && startsUpper(line.text)) starts = true;
    else if (line.indent > 0) starts = previousEnds && startsUpper(line.text);
    else starts = false;
    if (starts) {
      units.push({ ...(marked ? { marker: marked.marker } : {}), lines: [line], texts: [marked ? marked.rest : line.text] });
    } else {
      current!.lines.push(line);
      current!.texts.push(line.text);
    }
    previous = line;
  }
  return units;
}
