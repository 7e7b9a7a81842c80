import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dictionary } from '@zxcvbn-ts/language-fr';
import type { ExtractWords } from '../../extract/lexicon.ts';
import { hunspellStems } from '../../extract/lexicon.ts';
import { frenchElisions } from './elisions.ts';

const require = createRequire(import.meta.url);

/**
 * French word forms for scoring PDF text layers: the stems of dictionary-fr (Hunspell, 84k entries, no
 * affix expansion: expanding takes seconds) plus the 56k common forms of @zxcvbn-ts/language-fr, which
 * bring plurals and conjugated verbs; `inflections` undo the regular endings the two lists both miss.
 */
export const frenchExtract: ExtractWords = {
  tesseract: { code: 'fra', dataPackage: '@tesseract.js-data/fra' },
  loadWords() {
    const dic = readFileSync(join(dirname(require.resolve('dictionary-fr')), 'index.dic'), 'utf8');
    return new Set([...hunspellStems(dic), ...dictionary['commonWords-fr'].map((word) => word.toLowerCase())]);
  },
  // Applied to each OCR word: UN French writes the typographic apostrophe, and a hyphen standing alone
  // between spaces is an en dash.
  ocrTypography: [
    [/(\p{L})['`´](?=\p{L})/gu, '$1’'],
    [/^-$/u, '–'],
  ],
  elisions: frenchElisions,
  inflections: [
    ['aux', 'al'], ['eaux', 'eau'], ['s', ''], ['x', ''], ['es', ''], ['e', ''],
    ['ées', 'er'], ['ée', 'er'], ['és', 'er'], ['é', 'er'], ['ent', 'er'], ['ons', 'er'], ['ez', 'er'],
    ['ait', 'er'], ['aient', 'er'], ['era', 'er'], ['eront', 'er'], ['ant', 'er'], ['e', 'er'], ['es', 'er'],
    ['it', 'ir'], ['issent', 'ir'], ['issant', 'ir'], ['ies', 'ir'], ['ie', 'ir'], ['is', 'ir'],
    ['elles', 'el'], ['elle', 'el'], ['ennes', 'en'], ['enne', 'en'], ['ives', 'if'], ['ive', 'if'],
    ['euses', 'eur'], ['euse', 'eur'], ['rices', 'teur'], ['rice', 'teur'], ['ment', ''], ['ement', ''],
  ],
};
