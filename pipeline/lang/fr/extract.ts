import type { ExtractWords } from '../../extract/lexicon.ts';
import { frenchElisions } from './elisions.ts';
import { frenchInflections, frenchWordForms } from './words.ts';

/** French for the text-layer scorer: the shared word forms (./words.ts) and how OCR names the language. */
export const frenchExtract: ExtractWords = {
  tesseract: { code: 'fra', dataPackage: '@tesseract.js-data/fra' },
  loadWords: frenchWordForms,
  // Applied to each OCR word: UN French writes the typographic apostrophe, and a hyphen standing alone
  // between spaces is an en dash.
  ocrTypography: [
    [/(\p{L})['`´](?=\p{L})/gu, '$1’'],
    [/^-$/u, '–'],
  ],
  elisions: frenchElisions,
  inflections: frenchInflections,
};
