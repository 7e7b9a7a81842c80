import type { ExtractWords } from '../../extract/lexicon.ts';
import { russianInflections, russianWordForms } from './words.ts';

/**
 * Russian for the text-layer scorer and the OCR. No maintained npm package ships Russian trained data for
 * tesseract.js (`@tesseract.js-data/rus` is not published on the registry), so the OCR reads Debian's. Russian
 * UN letters carry Latin runs (symbols `S/2025/313`, `Distr.: General`, names of Latin-script bodies): the
 * Russian model is read together with the English one (`rus+eng`), both from the same Debian folder.
 */
export const russianExtract: ExtractWords = {
  tesseract: {
    code: 'rus+eng',
    systemFolder: '/usr/share/tesseract-ocr/5/tessdata',
    install: 'install it with `apt-get install tesseract-ocr-rus tesseract-ocr-eng` (Debian, Ubuntu)',
  },
  loadWords: russianWordForms,
  elisions: [],
  inflections: russianInflections,
};
