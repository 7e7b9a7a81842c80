/**
 * Searches over sorted offsets, shared by the stages that map a text offset to what holds it (a line, a
 * model node, a change, a paragraph): long texts have thousands of each, so they are searched, not scanned.
 */

/** The first index of `0..length` at which `isBefore` turns false (`length` when it never does). */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the last start at or before `offset` in ascending `starts` (0 when none is). */
export function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  return Math.max(0, partitionPoint(starts.length, (index) => starts[index]! <= offset) - 1);
}

/** The offsets where the lines of `text` start. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) starts.push(index + 1);
  return starts;
}

/** One-based line and column of `offset`, given the text's `lineStarts`. */
export function linePosition(starts: readonly number[], offset: number): { line: number; column: number } {
  const line = lastStartAtOrBefore(starts, offset);
  return { line: line + 1, column: offset - starts[line]! + 1 };
}
