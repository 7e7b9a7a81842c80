import type { ExtractWords } from '../../extract/lexicon.ts';
import { englishInflections, englishWordForms } from './words.ts';

/** English for the text-layer scorer: the shared word forms (./words.ts) and how OCR names the language. */
export const englishExtract: ExtractWords = {
  tesseract: { code: 'eng', dataPackage: '@tesseract.js-data/eng' },
  loadWords: englishWordForms,
  elisions: [],
  inflections: englishInflections,
};
