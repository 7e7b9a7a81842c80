import type { ExtractWords } from '../../extract/lexicon.ts';

/** Chinese for the text-layer scorer and the OCR: Tesseract's `chi_sim` data from npm. */
export const chineseExtract: ExtractWords = {
  tesseract: { code: 'chi_sim', dataPackage: '@tesseract.js-data/chi_sim' },
  loadWords: () => new Set<string>(),
  elisions: [],
  inflections: [],
  // No Chinese word list: every Han character of a text layer is a word of the language.
  scriptLetters: /\p{Script=Han}/u,
  characterWords: true,
};
