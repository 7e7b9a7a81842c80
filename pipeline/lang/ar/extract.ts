import type { ExtractWords } from '../../extract/lexicon.ts';
import { foldArabicTextLayer } from './text-layer.ts';

/**
 * Arabic for the text-layer scorer and the OCR: Tesseract's `ara` data from npm. No Arabic word list is
 * at hand on npm (LANGUAGE-RESOURCES.md): the scorer counts Arabic letters, presentation forms included.
 */
export const arabicExtract: ExtractWords = {
  tesseract: { code: 'ara', dataPackage: '@tesseract.js-data/ara' },
  loadWords: () => new Set<string>(),
  elisions: [],
  inflections: [],
  scriptLetters: /\p{Script=Arabic}/u,
  // Tesseract's Arabic model reads the Arabic comma, semicolon and question mark as their Latin look-alikes
  // (a comma between digits is a number's own, `1,5`), and gives the two double quotes of a right-to-left
  // pair swapped: Arabic text opens with `”` and closes with `“`, as it draws them.
  ocrTypography: [
    [/,(?!\d)/gu, '،'],
    [/;/gu, '؛'],
    [/\?/gu, '؟'],
    [/[“”]/gu, (quote) => (quote === '“' ? '”' : '“')],
  ],
  foldTextLayer: foldArabicTextLayer,
};
