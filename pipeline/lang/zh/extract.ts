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
  // Han characters and the full-width punctuation set among them (`，` `。` `（`): no space on either side.
  unspacedCharacters: /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u,
};
