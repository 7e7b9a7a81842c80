import type { ExtractWords } from '../../extract/lexicon.ts';
import { spanishInflections, spanishWordForms } from './words.ts';

/** Spanish for the text-layer scorer and the OCR: word forms (./words.ts) and Tesseract's `spa` data. */
export const spanishExtract: ExtractWords = {
  tesseract: { code: 'spa', dataPackage: '@tesseract.js-data/spa' },
  loadWords: spanishWordForms,
  elisions: [],
  inflections: spanishInflections,
  // Tesseract reads the same apostrophe and dash glyphs either way; UN Spanish writes `’` and a spaced `–`.
  ocrTypography: [[/'/gu, '’']],
};
