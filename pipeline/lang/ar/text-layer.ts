/**
 * Arabic text layers as PDFs carry them. Many Arabic PDFs draw, and so extract, the joined letter shapes
 * themselves: the presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC: `ﻣ` initial meem, `ﻻ` lam-alef) instead
 * of the letters (`م`, `لا`), and stretch words for justification with tatweel (U+0640 `ـ`). Neither is text:
 * a word so written matches no cue, month or name. Presentation forms are folded by their compatibility
 * decomposition (NFKC), which is exactly the letter or letters each stands for; NFKC is applied to those
 * runs only, since over the whole page it would also rewrite what must stay (the narrow no-break space of
 * French typography, `½`, `№`). Tatweel is dropped.
 */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFC]+/gu;
const TATWEEL = /\u0640/gu;

export function foldArabicTextLayer(text: string): string {
  return text.replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC')).replace(TATWEEL, '');
}
