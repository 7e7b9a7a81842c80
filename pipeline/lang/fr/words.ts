import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hunspellStems, isKnownWord } from '../../extract/lexicon.ts';

const require = createRequire(import.meta.url);

/**
 * Endings that turn an inflected form into one the word forms hold, tried in order: `['ées', 'er']` finds
 * `adoptées` from `adopter`.
 */
export const frenchInflections: ReadonlyArray<readonly [string, string]> = [
  ['aux', 'al'], ['eaux', 'eau'], ['s', ''], ['x', ''], ['es', ''], ['e', ''],
  ['ées', 'er'], ['ée', 'er'], ['és', 'er'], ['é', 'er'], ['ent', 'er'], ['ons', 'er'], ['ez', 'er'],
  ['ait', 'er'], ['aient', 'er'], ['era', 'er'], ['eront', 'er'], ['ant', 'er'], ['e', 'er'], ['es', 'er'],
  ['it', 'ir'], ['issent', 'ir'], ['issant', 'ir'], ['ies', 'ir'], ['ie', 'ir'], ['is', 'ir'],
  ['elles', 'el'], ['elle', 'el'], ['ennes', 'en'], ['enne', 'en'], ['ives', 'if'], ['ive', 'if'],
  ['euses', 'eur'], ['euse', 'eur'], ['rices', 'teur'], ['rice', 'teur'], ['ment', ''], ['ement', ''],
];

let forms: Set<string> | undefined;

/**
 * French word forms for quick checks (is this a word?), shared by the text-layer scorer and the
 * segmenter's hyphen joins: the stems of dictionary-fr (Hunspell, 84k entries, not expanded: expanding
 * takes seconds, and the repair's own lexicon does it) and the common and Wikipedia forms of
 * @zxcvbn-ts/language-fr, which bring plurals and conjugated verbs. Read once, on first use.
 */
export function frenchWordForms(): ReadonlySet<string> {
  if (!forms) {
    const dic = readFileSync(join(dirname(require.resolve('dictionary-fr')), 'index.dic'), 'utf8');
    // Required here, not imported: the lists weigh 1 MB and only a French letter needs them.
    const { dictionary } = require('@zxcvbn-ts/language-fr') as { dictionary: Record<string, string[]> };
    const ranked = [...dictionary['commonWords-fr']!, ...dictionary['wikipedia-fr']!].map((word) => word.toLowerCase());
    forms = new Set([...hunspellStems(dic), ...ranked]);
  }
  return forms;
}

/** Whether a word is French: a listed form, once lower-cased and a regular ending undone. */
export function isFrenchWord(word: string): boolean {
  return isKnownWord(word.toLowerCase(), frenchWordForms(), frenchInflections);
}
