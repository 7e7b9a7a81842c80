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
  // Tesseract's Chinese model reads the full-width colon, comma and semicolon of Chinese text as the ASCII
  // marks, and the middle dot of transliterated names (`汤姆·弗莱彻`) as a full stop. Chinese letters keep
  // ASCII marks only inside Latin runs (`Distr.: General`, `A/79/L.45`, URLs), where the mark is part of a
  // Latin word: never a word of its own, nor right after a Chinese character or mark.
  ocrTypography: [
    [/^:$|(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]):/gu, '：'],
    [/^,$|(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]),/gu, '，'],
    [/^;$|(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]);/gu, '；'],
    [/^\.$/gu, '·'],
  ],
};
