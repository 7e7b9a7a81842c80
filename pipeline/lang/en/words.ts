import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hunspellStems, isKnownWord } from '../../extract/lexicon.ts';

const require = createRequire(import.meta.url);

/** Endings that turn an inflected form into one the word forms hold, tried in order. */
export const englishInflections: ReadonlyArray<readonly [string, string]> = [
  ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ied', 'y'], ['ing', ''], ['ing', 'e'],
  ['ly', ''], ['er', ''], ['est', ''], ["'s", ''], ['’s', ''],
];

let forms: Set<string> | undefined;

/**
 * English word forms for quick checks (is this a word?), shared by the text-layer scorer and the
 * segmenter's hyphen joins: the stems of dictionary-en (Hunspell, not expanded). Read once, on first use.
 */
export function englishWordForms(): ReadonlySet<string> {
  if (!forms) {
    const dic = readFileSync(join(dirname(require.resolve('dictionary-en')), 'index.dic'), 'utf8');
    forms = new Set(hunspellStems(dic));
  }
  return forms;
}

/** Whether a word is English: a listed form, once lower-cased and a regular ending undone. */
export function isEnglishWord(word: string): boolean {
  return isKnownWord(word.toLowerCase(), englishWordForms(), englishInflections);
}
