/** Accent folding: the keys under which the lexicon finds a word's accented and unaccented spellings. */
const FOLD: Record<string, string> = {};
for (const [letters, plain] of [
  ['àâäáãå', 'a'], ['éèêëẽ', 'e'], ['îïíìĩ', 'i'], ['ôöóòõ', 'o'], ['ùûüúũ', 'u'], ['ÿý', 'y'], ['ç', 'c'], ['ñ', 'n'], ['ё', 'е'],
  ['œ', 'oe'], ['æ', 'ae'],
] as const) {
  for (const letter of letters) FOLD[letter] = plain;
}

/** The lookup key of a word: lower case, accents and ligatures folded (`Œuvre` → `oeuvre`). */
export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  let key = '';
  for (const char of lower) key += FOLD[char] ?? char;
  return key;
}

/** Number of letters two same-key words differ by (accents only), ligatures counted once. */
export function accentDistance(a: string, b: string): number {
  const left = [...a.toLowerCase()];
  const right = [...b.toLowerCase()];
  if (left.length !== right.length) return 1 + Math.abs(left.length - right.length);
  let distance = 0;
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) distance++;
  return distance;
}
