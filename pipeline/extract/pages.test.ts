import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeEngine, linesToResult } from '../../test/helpers/fake-engine.ts';
import { ocrPage } from '../ocr/index.ts';
import { ingest, readSource } from '../runner/index.ts';
import { assembleExtraction, planPages } from './index.ts';
import { scoreTextLayer } from './text-layer-score.ts';

const root = join(import.meta.dirname, '..', '..', 'fixtures');
const load = async (folder: string, name: string) => ({ name, bytes: new Uint8Array(await readFile(join(root, folder, name))) });
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((folder) => rm(folder, { recursive: true, force: true }))));

describe('text-layer score', () => {
  it('scores clean text high and OCR-damaged text (glyphs, split and glued words) low', () => {
    const clean = 'Nous avons l’honneur de vous faire tenir ci-joint le texte de la déclaration adoptée par les chefs d’État des pays membres.';
    const damaged = 'Nous avons I’ honneur de vous faire tenir ci-joint le texte dela déclaration adop tée parles chefs d’ Etat des pays mem bres auprésde |’Organisation.';
    expect(scoreTextLayer(clean).score).toBeGreaterThan(0.9);
    expect(scoreTextLayer(damaged).score).toBeLessThan(0.8);
  });
});

describe('planPages', () => {
  it('keeps a good text layer and re-OCRs a broken one in auto mode', async () => {
    const good = await planPages(await load('scans', 'seed003-born-digital.pdf'), { ocr: 'auto' });
    expect(good.map((plan) => plan.decision)).toEqual(['text-layer']);
    expect(good[0]!.score).toBeGreaterThan(0.9);
    const broken = await planPages(await load('scans', 'seed000-broken-text-layer.pdf'), { ocr: 'auto' });
    expect(broken.map((plan) => plan.decision)).toEqual(['ocr']);
    expect(broken[0]!.textLayer.length).toBeGreaterThan(500);
  });

  it('follows --ocr always and never', async () => {
    const file = await load('scans', 'seed003-born-digital.pdf');
    expect((await planPages(file, { ocr: 'always' }))[0]!.decision).toBe('ocr');
    expect((await planPages(await load('scans', 'seed000-broken-text-layer.pdf'), { ocr: 'never' }))[0]!.decision).toBe('text-layer');
  });

  it('plans every page of an image-only PDF and of a multi-page TIFF for OCR', async () => {
    expect((await planPages(await load('scans', 'seed002-scan-200dpi.pdf'))).map((plan) => plan.decision)).toEqual(['ocr', 'ocr']);
    expect((await planPages(await load('scans', 'seed000-annex-200dpi.tiff'))).map((plan) => plan.number)).toEqual([1, 2]);
  });

  it.each([
    ['encrypted.pdf', 'encrypted.pdf: encrypted PDF'],
    ['truncated.pdf', 'truncated.pdf: corrupt PDF ('],
    ['zero-pages.pdf', 'zero-pages.pdf: PDF has no pages'],
    ['not-a-pdf.pdf', 'not-a-pdf.pdf: not a PDF (the file starts with "Lettre'],
    ['not-an-image.png', 'not-an-image.png: unsupported image'],
  ])('refuses %s with one line naming the file and the reason', async (name, expected) => {
    const error = await planPages(await load('bad-inputs', name)).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.startsWith(expected)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
    await expect(readSource(await load('bad-inputs', name))).rejects.toThrow(expected);
  });
});

describe('assembleExtraction', () => {
  it('joins text-layer and OCR pages in order with their page entries', async () => {
    const file = await load('scans', 'seed000-broken-text-layer.pdf');
    const plans = await planPages(file);
    const engine = new FakeEngine(() => linesToResult(['Lettre datée du 7 décembre 2011']));
    const results = await Promise.all(plans.filter((plan) => plan.decision === 'ocr').map((plan) => ocrPage(file, plan.number, { engine })));
    const extraction = assembleExtraction(file, plans, results);
    expect(extraction.rawText).toBe('Lettre datée du 7 décembre 2011\n');
    expect(extraction.source.mediaType).toBe('application/pdf');
    expect(extraction.pages![0]).toMatchObject({ number: 1, method: 'ocr', confidence: 95, dpi: 200, textOffset: 0 });
    expect(extraction.pages![0]!.textLayerScore).toBeLessThan(0.85);
    const digital = await load('scans', 'seed003-born-digital.pdf');
    const kept = assembleExtraction(digital, await planPages(digital), []);
    expect(kept.pages).toEqual([{ number: 1, method: 'text-layer', textLayerScore: expect.any(Number), textOffset: 0 }]);
    expect(kept.rawText).toContain('Lettre datée du');
  });

  it('extracts in-process through the engine, reporting progress per OCR page', async () => {
    const engine = new FakeEngine(() => linesToResult(['Annexe', 'Déclaration des chefs d’État']));
    const progress: string[] = [];
    const onProgress = (stage: string, done: number, total: number) => progress.push(`${stage} ${done}/${total}`);
    const document = await readSource(await load('scans', 'seed002-scan-200dpi.pdf'), {}, { ocrEngine: engine, onProgress });
    expect(engine.calls).toBe(2);
    expect(progress).toEqual(['ocr 0/2', 'ocr 1/2', 'ocr 2/2']);
    expect(document.pages!.map((page) => page.number)).toEqual([1, 2]);
  });
});

describe('ingest with a bad PDF among good inputs', () => {
  it('writes the good outputs and reports the bad one in one line', async () => {
    const out = await mkdtemp(join(tmpdir(), 'unletters-extract-'));
    temporary.push(out);
    const results = await ingest(
      [join(root, 'scans', 'seed003-born-digital.pdf'), join(root, 'bad-inputs', 'encrypted.pdf'), join(root, 'seeds', '002_4204fe919a018fb2.txt')],
      { out },
    );
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(results[1]!.error).toBe(`${join(root, 'bad-inputs', 'encrypted.pdf')}: encrypted PDF (a password is needed to open it)`);
    expect((await readdir(out)).filter((name) => !name.startsWith('.')).sort()).toEqual(['002_4204fe919a018fb2', 'catalog.json', 'seed003-born-digital']);
    const json = JSON.parse(await readFile(join(out, 'seed003-born-digital', 'seed003-born-digital.json'), 'utf8'));
    expect(json.pages[0].method).toBe('text-layer');
  });
});
