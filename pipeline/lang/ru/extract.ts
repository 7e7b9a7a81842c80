import type { ExtractWords } from '../../extract/lexicon.ts';
import { russianInflections, russianWordForms } from './words.ts';

/**
 * Russian for the text-layer scorer and the OCR. No maintained npm package ships Russian trained data for
 * tesseract.js (`@tesseract.js-data/rus` is not published on the registry), so the OCR reads Debian's.
 */
export const russianExtract: ExtractWords = {
  tesseract: {
    code: 'rus',
    systemFolder: '/usr/share/tesseract-ocr/5/tessdata',
    install: 'install it with `apt-get install tesseract-ocr-rus` (Debian, Ubuntu)',
  },
  loadWords: russianWordForms,
  elisions: [],
  inflections: russianInflections,
};
