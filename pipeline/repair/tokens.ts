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
  let lineBreaks = 0;
  while (index >= 0) {
    const char = text[index]!;
    // A blank line opens a paragraph or a heading.
    if (char === '\n' && ++lineBreaks === 2) return true;
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

/** Readings of a word through one weighted confusion on its folded key (accents free), cheapest first. */
export function readingsByConfusion(lexicon: Lexicon, confusions: readonly (readonly [string, string, number])[], word: string): Candidate[] {
  const key = foldKey(word);
  const found = new Map<string, number>();
  const collect = (variant: string, weight: number): void => {
    for (const form of lexicon.withKey(variant)) {
      const cost = lexicon.cost(form) + weight + accentDistance(form, word) / 2;
      const known = found.get(form);
      if (known === undefined || cost < known) found.set(form, cost);
    }
  };
  for (const [read, meant, weight] of confusions) {
    if (read === '') {
      for (let at = 1; at < key.length; at++) collect(key.slice(0, at) + meant + key.slice(at), weight);
      continue;
    }
    for (let at = key.indexOf(read); at >= 0; at = key.indexOf(read, at + 1)) {
      collect(key.slice(0, at) + meant + key.slice(at + read.length), weight);
    }
  }
  return [...found].map(([form, cost]) => ({ form, cost })).sort((left, right) => left.cost - right.cost);
}
