import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hunspellStems, isKnownWord } from '../../extract/lexicon.ts';

const require = createRequire(import.meta.url);

/**
 * Endings that turn an inflected Spanish form into one the word forms hold, tried in order: plurals
 * (`naciones` → `nación` is in the ranked lists), feminines (`permanentes`, `dirigida` → `dirigido`),
 * and the commonest verb endings back to their infinitive.
 */
export const spanishInflections: ReadonlyArray<readonly [string, string]> = [
  ['s', ''], ['es', ''], ['a', 'o'], ['as', 'o'], ['os', 'o'], ['mente', ''], ['amente', 'o'],
  ['ada', 'ar'], ['adas', 'ar'], ['ado', 'ar'], ['ados', 'ar'], ['ida', 'ir'], ['idas', 'ir'], ['ido', 'ir'], ['idos', 'ir'],
  ['ida', 'er'], ['idas', 'er'], ['ido', 'er'], ['idos', 'er'], ['an', 'ar'], ['amos', 'ar'], ['ando', 'ar'], ['en', 'er'],
  ['emos', 'er'], ['iendo', 'er'], ['iendo', 'ir'], ['imos', 'ir'], ['ó', 'ar'], ['ió', 'er'], ['ió', 'ir'],
];

let forms: Set<string> | undefined;

/**
 * Spanish word forms for quick checks (is this a word?), shared by the text-layer scorer and the
 * segmenter's hyphen joins: the stems of dictionary-es (Hunspell, not expanded) and the common and
 * Wikipedia forms of @zxcvbn-ts/language-es-es, which bring plurals and conjugated verbs. Read once.
 */
export function spanishWordForms(): ReadonlySet<string> {
  if (!forms) {
    const dic = readFileSync(join(dirname(require.resolve('dictionary-es')), 'index.dic'), 'utf8');
    // Required here, not imported: the lists weigh 1 MB and only a Spanish letter needs them.
    const { dictionary } = require('@zxcvbn-ts/language-es-es') as { dictionary: Record<string, string[]> };
    const ranked = [...dictionary['commonWords-es-es']!, ...dictionary['wikipedia-es-es']!].map((word) => word.toLowerCase());
    forms = new Set([...hunspellStems(dic), ...ranked]);
  }
  return forms;
}

/** Whether a word is Spanish: a listed form, once lower-cased and a regular ending undone. */
export function isSpanishWord(word: string): boolean {
  return isKnownWord(word.toLowerCase(), spanishWordForms(), spanishInflections);
}
