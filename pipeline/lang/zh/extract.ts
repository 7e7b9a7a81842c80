import type { ExtractWords } from '../../extract/lexicon.ts';

/** Chinese for the text-layer scorer and the OCR: Tesseract's `chi_sim` data from npm. */
export const chineseExtract: ExtractWords = {
  tesseract: { code: 'chi_sim', dataPackage: '@tesseract.js-data/chi_sim' },
  loadWords: () => new Set<string>(),
  elisions: [],
  inflections: [],
};
