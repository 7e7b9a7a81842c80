import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ExtractWords } from '../../extract/lexicon.ts';
import { hunspellStems } from '../../extract/lexicon.ts';

const require = createRequire(import.meta.url);

/** English word forms for scoring PDF text layers: dictionary-en stems and the regular endings. */
export const englishExtract: ExtractWords = {
  tesseract: { code: 'eng', dataPackage: '@tesseract.js-data/eng' },
  loadWords() {
    const dic = readFileSync(join(dirname(require.resolve('dictionary-en')), 'index.dic'), 'utf8');
    return new Set(hunspellStems(dic));
  },
  elisions: [],
  inflections: [
    ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ied', 'y'], ['ing', ''], ['ing', 'e'],
    ['ly', ''], ['er', ''], ['est', ''], ["'s", ''], ['’s', ''],
  ],
};
