import { foldKey, accentDistance, type Lexicon } from './lexicon.ts';

/** A run of letters (and digits) in a text, with its offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Runs of letters and digits; apostrophes, hyphens and everything else separate them. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  return tokens;
}

export const APOSTROPHES = '’\'';

export function isApostrophe(char: string | undefined): boolean {
  return char === '’' || char === "'";
}

export function hasDigit(word: string): boolean {
  return /\p{N}/u.test(word);
}

export function isCapitalized(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

/**
 * Whether the token begins a sentence: only spaces, line breaks, bullets, dashes, opening quotes and list
 * numbers stand between it and a full stop, a question or exclamation mark, or the start of the text.
 */
export function startsSentence(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0) {
    const char = text[index]!;
    if (/[\s«"“(•–—\-\u00a0\u202f]/u.test(char)) {
      index--;
      continue;
    }
    if (char === '.' || char === '!' || char === '?') return true;
    if (/[\p{N})]/u.test(char)) {
      // A list number (`1.`, `a)`) at a line start also opens a sentence.
      let start = index;
      while (start > 0 && /[\p{N}\p{L})]/u.test(text[start - 1]!)) start--;
      if (start === 0 || text[start - 1] === '\n') return /[.)]/u.test(text[index + 1] ?? '') || char === ')';
    }
    return false;
  }
  return true;
}

/** Gives `form` the case pattern of `model` (all capitals, capital first letter, or as it is). */
export function matchCase(form: string, model: string): string {
  if (isAllCaps(model) && model.length > 1) return form.toUpperCase();
  if (isCapitalized(model)) return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}

export interface Candidate {
  form: string;
  cost: number;
}

/** Known forms with the same letters as `word`, cheapest first: rarity plus two bits per accent changed. */
export function sameKeyCandidates(lexicon: Lexicon, word: string, key = foldKey(word)): Candidate[] {
  return lexicon
    .withKey(key)
    .map((form) => ({ form, cost: lexicon.cost(form) + 2 * accentDistance(form, word) }))
    .sort((left, right) => left.cost - right.cost);
}

/** Cost of a word as it stands: its rarity when known, the best same-key form plus a penalty, else `unknown`. */
export function standingCost(lexicon: Lexicon, word: string, unknown = 26): number {
  if (lexicon.has(word)) return lexicon.cost(word);
  const best = sameKeyCandidates(lexicon, word)[0];
  return best ? best.cost + 2 : unknown;
}
