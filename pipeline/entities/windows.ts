/**
 * Long texts read in windows. Several recognizers look at the text before a candidate with an anchored
 * pattern (`…\s+$` on the text up to it), which costs the length of that text: over one enormous
 * paragraph (a text with no line breaks) the tagging grows with the square of its length. A text longer
 * than WINDOW is read in windows of about that size, cut after a sentence's end (else at a space), so
 * the work grows with the length; a letter's paragraphs are far shorter and are read whole.
 */
export const WINDOW = 20_000;

export function textWindows(text: string, size = WINDOW): { start: number; end: number }[] {
  if (text.length <= size) return [{ start: 0, end: text.length }];
  const windows: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const half = start + Math.floor(size / 2);
      const tail = text.slice(half, end);
      const cut = lastEnd(tail, /[.!?;]\s+(?=\p{Lu})/gu) ?? lastEnd(tail, /\s+/gu);
      if (cut !== undefined) end = half + cut;
    }
    windows.push({ start, end });
    start = end;
  }
  return windows;
}

function lastEnd(text: string, pattern: RegExp): number | undefined {
  let end: number | undefined;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}
