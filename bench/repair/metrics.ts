/** Word and character error rates, counted line by line (repair keeps the line structure). */

function editDistance<T>(left: readonly T[], right: readonly T[]): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      const substitution = previous[column - 1]! + (left[row - 1] === right[column - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[column]! + 1, current[column - 1]! + 1));
    }
    previous = current;
  }
  return previous[right.length]!;
}

export interface ErrorRates {
  wer: number;
  cer: number;
  wordErrors: number;
  words: number;
}

/** WER and CER of `text` against `gold`; both must have the same number of lines. */
export function errorRates(text: string, gold: string): ErrorRates {
  const textLines = text.split('\n');
  const goldLines = gold.split('\n');
  if (textLines.length !== goldLines.length) throw new Error(`line count differs: ${textLines.length} against ${goldLines.length} in the gold`);
  let wordErrors = 0;
  let words = 0;
  let charErrors = 0;
  let chars = 0;
  goldLines.forEach((goldLine, index) => {
    const goldWords = goldLine.split(/\s+/u).filter(Boolean);
    const line = textLines[index]!;
    wordErrors += editDistance(line.split(/\s+/u).filter(Boolean), goldWords);
    words += goldWords.length;
    const goldChars = [...goldLine.trim()];
    charErrors += editDistance([...line.trim()], goldChars);
    chars += goldChars.length;
  });
  return { wer: wordErrors / Math.max(1, words), cer: charErrors / Math.max(1, chars), wordErrors, words };
}

export const percent = (value: number): string => `${(value * 100).toFixed(2)}%`;

export function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
