import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../fixtures/error-rate.ts';
import { estimateSkew, newTesseractEngine, ocrPage, pageImage, terminateOcr } from './index.ts';
import { FakeEngine, linesToResult } from '../../test/helpers/fake-engine.ts';
import { derivedScans } from '../../test/helpers/recorded-ocr.ts';
import { removeSpeckle, paragraphsText } from './speckle.ts';

const scans = join(import.meta.dirname, '..', '..', 'fixtures', 'scans');
const load = async (name: string) => ({ name, bytes: new Uint8Array(await readFile(join(scans, name))) });

/**
 * The real engine, for the one test per language that runs it; every other test replays its recorded
 * output (fixtures/ocr/), which these two keep honest. One worker per language: each test reads one page,
 * and the two run side by side.
 */
const tesseract = newTesseractEngine(1);

afterAll(() => Promise.all([terminateOcr(), tesseract.terminate()]));

describe('margin speckle', () => {
  it('drops punctuation read in the margins and keeps the words and the dashes of the text', () => {
    const result = linesToResult(['Nous avons l’honneur – de vous faire tenir', 'le texte de la Déclaration adoptée'], 92, [
      { text: '|', confidence: 80, bbox: [40, 310, 46, 340] },
      { text: '‘;', confidence: 30, bbox: [1500, 360, 1510, 372] },
      { text: 'i', confidence: 40, bbox: [1550, 800, 1556, 812] },
    ]);
    expect(paragraphsText(removeSpeckle(result.paragraphs))).toBe('Nous avons l’honneur – de vous faire tenir\nle texte de la Déclaration adoptée');
  });
});

describe('ocrPage with an injected engine', () => {
  it('renders, cleans and deskews the page, and keeps confidences and word boxes in the page', async () => {
    const engine = new FakeEngine(() => linesToResult(['Lettre datée du 13 juillet 2005', "adressée au Secrétaire général par l'Ambassadeur"]));
    const result = await ocrPage(await load('seed002-scan-200dpi.pdf'), 2, { engine });
    expect(engine.calls).toBe(1);
    expect(result.page).toMatchObject({ number: 2, method: 'ocr', dpi: 200, confidence: 95 });
    // The fixture was turned by 0.7° when it was made.
    expect(Math.abs(result.page.skewDegrees! - 0.7)).toBeLessThan(0.15);
    expect(result.page.words![0]).toEqual({ text: 'Lettre', confidence: 95, bbox: [300, 300, 408, 330] });
    // French typography: the typewriter apostrophe becomes the typographic one.
    expect(result.text).toBe('Lettre datée du 13 juillet 2005\nadressée au Secrétaire général par l’Ambassadeur');
  });

  it('reports an engine crash as the error of that page', async () => {
    const engine = new FakeEngine(() => {
      throw new Error('engine crashed');
    });
    await expect(ocrPage(await load('seed003-page-150dpi.png'), 1, { engine })).rejects.toThrow('engine crashed');
  });

  it('reads each page of a multi-page TIFF and renders low-resolution images up to 200 dpi', async () => {
    const tiff = await load('seed000-annex-200dpi.tiff');
    const second = await pageImage(tiff, 2);
    expect(second.dpi).toBe(200);
    expect(estimateSkew(second, 128)).toBeCloseTo(0.7, 0);
    const png = await pageImage(await load('seed003-page-150dpi.png'), 1);
    expect(png.dpi).toBe(200);
  });

  it('reads a 300 dpi scan at 200 dpi, as small as it reads well', async () => {
    const page = await load('seed003-page-150dpi.png');
    const { width = 0 } = await sharp(page.bytes).metadata();
    const fine = await sharp(page.bytes).resize(width * 2).withMetadata({ density: 300 }).png().toBuffer();
    const image = await pageImage({ name: 'seed003-page-300dpi.png', bytes: new Uint8Array(fine) }, 1);
    expect(image.dpi).toBe(200);
    expect(image.width).toBe(Math.round((width * 2 * 200) / 300));
  });
});

describe('ocrPage with tesseract.js', () => {
  it.concurrent('reads a noisy 150 dpi page image with a character error rate under 1%', async () => {
    const truth = await readFile(join(scans, 'seed003-page-150dpi.truth'), 'utf8');
    const result = await ocrPage(await load('seed003-page-150dpi.png'), 1, { lang: 'fr', engine: tesseract });
    expect(characterErrorRate([{ hypothesis: result.text, truth }])).toBeLessThan(0.01);
    expect(result.page.confidence).toBeGreaterThan(80);
    expect(result.page.words!.length).toBeGreaterThan(200);
    const misplaced = result.page.words!.filter(({ bbox: [x0, y0, x1, y1], confidence }) => !(x0 < x1 && y0 < y1 && confidence >= 0 && confidence <= 100));
    expect(misplaced).toEqual([]);
  });

  it.concurrent('reads an English page with the English data, at a character error rate under 2%', async () => {
    // The truth holds the typeset lines of every page, pages apart by a form feed.
    const truth = (await readFile(join(scans, 'en007-scan-200dpi.truth'), 'utf8')).split('\f')[0]!;
    const result = await ocrPage(await load('en007-scan-200dpi.pdf'), 1, { lang: 'en', engine: tesseract });
    expect(characterErrorRate([{ hypothesis: result.text, truth }])).toBeLessThan(0.02);
  });

  it('reads a JPEG page image as well', async () => {
    const truth = await readFile(join(scans, 'seed003-page-150dpi.truth'), 'utf8');
    // A JPEG of the PNG page at quality 75, recorded with the scan fixtures.
    const [jpeg] = await derivedScans();
    const result = await ocrPage(jpeg!, 1, { lang: 'fr' });
    expect(result.page.dpi).toBe(200);
    expect(characterErrorRate([{ hypothesis: result.text, truth }])).toBeLessThan(0.015);
  });
});
