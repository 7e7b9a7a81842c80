import type { ExtractWords } from '../../extract/lexicon.ts';

/** Arabic for the text-layer scorer and the OCR: Tesseract's `ara` data from npm. */
export const arabicExtract: ExtractWords = {
  tesseract: { code: 'ara', dataPackage: '@tesseract.js-data/ara' },
  loadWords: () => new Set<string>(),
  elisions: [],
  inflections: [],
};
