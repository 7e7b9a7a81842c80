import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hunspellStems, isKnownWord, type WordList } from '../../extract/lexicon.ts';
import { loadPackedSync, PackedWordSets } from '../../repair/lexicon.ts';

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

let forms: WordList | undefined;

/**
 * French word forms for quick checks (is this a word?), shared by the text-layer scorer and the
 * segmenter's hyphen joins: the stems of dictionary-fr (Hunspell, 84k entries, not expanded: expanding
 * takes seconds, and the repair's own lexicon does it) and the common and Wikipedia forms of
 * @zxcvbn-ts/language-fr, which bring plurals and conjugated verbs. Read once, on first use, as a packed set
 * from the cache folder (built at install or on the first run): building the set from the lists cost about
 * 0.45 s of CPU in every process and thread that checked a French word.
 */
export function frenchWordForms(): WordList {
  if (!forms) {
    const dicPath = join(dirname(require.resolve('dictionary-fr')), 'index.dic');
    const lists = dirname(require.resolve('@zxcvbn-ts/language-fr'));
    const listFiles = ['commonWords.json.cjs', 'wikipedia.json.cjs'].map((file) => join(lists, file));
    forms = loadPackedSync('words-fr-1', [dicPath, ...listFiles], PackedWordSets.unpack, () => {
      const dic = readFileSync(dicPath, 'utf8');
      // Required here, not imported: the lists weigh 1 MB and only a French letter needs them.
      const { dictionary } = require('@zxcvbn-ts/language-fr') as { dictionary: Record<string, string[]> };
      const ranked = [...dictionary['commonWords-fr']!, ...dictionary['wikipedia-fr']!].map((word) => word.toLowerCase());
      return PackedWordSets.pack([new Set([...hunspellStems(dic), ...ranked])]);
    }).set(0);
  }
  return forms;
}

/** Whether a word is French: a listed form, once lower-cased and a regular ending undone. */
export function isFrenchWord(word: string): boolean {
  return isKnownWord(word.toLowerCase(), frenchWordForms(), frenchInflections);
}
