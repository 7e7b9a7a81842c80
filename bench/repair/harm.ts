/**
 * Harm and share fixed on real letters: the words of an extracted text before and after repair, each
 * aligned with the reader's text (line breaks ignored), say which words the repair damaged and which
 * damage it fixed.
 */
import { diffArrays } from 'diff';

/** A compound broken at its real hyphen at a line end (`Government-` / `controlled`) read as one word. */
const LINE_END_COMPOUND = /(?<=[\p{L}\p{N}])-[ \t]*\n\s*(?=[\p{L}\p{N}])/gu;

/** The words of a text for the comparison: whitespace-separated, compounds broken at a line end made whole. */
export function readerWords(text: string): string[] {
  return text.replace(LINE_END_COMPOUND, '-').split(/\s+/u).filter(Boolean);
}

/**
 * Indices of the reference's words that `words` holds unchanged: those of a longest common subsequence,
 * then those left over that stand elsewhere in `words` (another extractor reads page furniture and table
 * cells in another order: a word moved is no word damaged).
 */
function matchedWords(reference: readonly string[], words: readonly string[]): Set<number> {
  const matched = new Set<number>();
  const unmatchedReference: number[] = [];
  const unmatchedWords = new Map<string, number>();
  let at = 0;
  for (const part of diffArrays(reference as string[], words as string[])) {
    const count = part.count ?? part.value.length;
    if (part.added) {
      for (const word of part.value) unmatchedWords.set(word, (unmatchedWords.get(word) ?? 0) + 1);
      continue;
    }
    for (let index = at; index < at + count; index++) {
      if (part.removed) unmatchedReference.push(index);
      else matched.add(index);
    }
    at += count;
  }
  for (const index of unmatchedReference) {
    const left = unmatchedWords.get(reference[index]!) ?? 0;
    if (left === 0) continue;
    unmatchedWords.set(reference[index]!, left - 1);
    matched.add(index);
  }
  return matched;
}

export interface HarmFigures {
  /** Words of the reference text. */
  words: number;
  /** Reference words the extracted text does not hold as they are (extraction damage). */
  damaged: number;
  /** Of those, the ones the repaired text holds. */
  fixed: number;
  /** Reference words the extracted text held right and the repaired text does not. */
  harmed: number;
  /** The harmed and the fixed words, each with the repaired words around it, for reading. */
  harmedAt: string[];
  missedAt: string[];
}

/** Compares an extracted text and its repair with the reference (the reader's text). */
export function harmFigures(reference: string, extracted: string, repaired: string): HarmFigures {
  const referenceWords = readerWords(reference);
  const before = matchedWords(referenceWords, readerWords(extracted));
  const after = matchedWords(referenceWords, readerWords(repaired));
  const context = (index: number): string => referenceWords.slice(Math.max(0, index - 2), index + 3).join(' ');
  const figures: HarmFigures = { words: referenceWords.length, damaged: 0, fixed: 0, harmed: 0, harmedAt: [], missedAt: [] };
  referenceWords.forEach((_, index) => {
    if (!before.has(index)) {
      figures.damaged++;
      if (after.has(index)) figures.fixed++;
      else figures.missedAt.push(context(index));
    } else if (!after.has(index)) {
      figures.harmed++;
      figures.harmedAt.push(context(index));
    }
  });
  return figures;
}

/** Adds up figures of several letters. */
export function sumFigures(all: readonly HarmFigures[]): HarmFigures {
  return all.reduce<HarmFigures>(
    (sum, figures) => ({
      words: sum.words + figures.words,
      damaged: sum.damaged + figures.damaged,
      fixed: sum.fixed + figures.fixed,
      harmed: sum.harmed + figures.harmed,
      harmedAt: [...sum.harmedAt, ...figures.harmedAt],
      missedAt: [...sum.missedAt, ...figures.missedAt],
    }),
    { words: 0, damaged: 0, fixed: 0, harmed: 0, harmedAt: [], missedAt: [] },
  );
}

/** One extraction of the gold letters, one part (tuning or held out), repaired. */
export interface HarmRow {
  extraction: string;
  part: 'tuning' | 'held out';
  letters: number;
  figures: HarmFigures;
}

/** The table's lines: damage found and fixed, correct words damaged per 10,000. */
export function harmTable(rows: readonly HarmRow[]): string[] {
  const lines = ['  extraction  part       letters   words  damaged  fixed (share)    correct words damaged (per 10,000)'];
  for (const { extraction, part, letters, figures } of rows) {
    const share = figures.damaged === 0 ? '    —   ' : `${((figures.fixed / figures.damaged) * 100).toFixed(1).padStart(5)}%  `;
    lines.push(
      `  ${extraction.padEnd(10)}  ${part.padEnd(9)}  ${String(letters).padStart(7)}  ${String(figures.words).padStart(6)}  ${String(figures.damaged).padStart(7)}  ${String(figures.fixed).padStart(5)} ${share}  ${String(figures.harmed).padStart(5)} (${perTenThousand(figures).toFixed(2)})`,
    );
  }
  return lines;
}

export function perTenThousand(figures: HarmFigures): number {
  return (figures.harmed / Math.max(1, figures.words)) * 10000;
}
