/**
 * Arabic text layers that carry presentation forms and tatweel (issue 20): folded to the letters they stand
 * for before the text layer is scored and read, so that cues, months and names match.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { planPages } from '../../pipeline/extract/index.ts';
import { foldArabicTextLayer } from '../../pipeline/lang/ar/text-layer.ts';
import { projectRoot } from './helpers.ts';

/** `الأمين العام` as shaped text layers write it: isolated alef, lam-alef-hamza ligature, initial, medial and
 * final forms, and three tatweels stretching the second word. */
const SHAPED = '\uFE8D\uFEF7\uFEE3\uFEF4\uFEE6 \uFE8D\uFEDF\uFECC\u0640\u0640\u0640\uFE8E\uFEE1';
/** `لا` (the lam-alef ligature) between two words. */
const LIGATURE = '\uFEDF\uFEE6 \uFEFB \uFE97\uFEA4\uFEEE\uFEDD';

describe('Arabic text-layer folding', () => {
  it('gives back the letters of a sentence written in presentation forms, tatweel dropped', () => {
    expect(foldArabicTextLayer(`رسالة موجهة إلى ${SHAPED} من الممثل الدائم`)).toBe('رسالة موجهة إلى الأمين العام من الممثل الدائم');
    expect(foldArabicTextLayer(LIGATURE)).toBe('لن لا تحول');
  });

  it('leaves text in other scripts as it is, French narrow spaces and fractions included', () => {
    const french = 'Lettre datée du 3 mars 2010\u202f: ½ des membres, № 12';
    expect(foldArabicTextLayer(french)).toBe(french);
  });

  it('folds a PDF page’s text layer before it is read', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const font = await pdf.embedFont(await readFile(join(projectRoot, 'node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf')), { subset: true });
    pdf.addPage([595, 842]).drawText(SHAPED, { x: 72, y: 700, size: 14, font });
    const bytes = await pdf.save();
    const [plan] = await planPages({ name: 'shaped.pdf', bytes }, { ocr: 'never' });
    expect(plan!.textLayer).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFC\u0640]/u);
    expect(plan!.textLayer).toContain('العام');
  });
});
