/**
 * OCR benchmark: character error rate and seconds per page on deterministic noisy scans of the seeds
 * (150, 200 and 300 dpi, speckle, margin marks, blur, 0.7° rotation), for
 *   (a) our OCR alone, (b) our OCR then repair, (c) native `tesseract -l fra`,
 * all on the very same page images (the scan pages as rasterized, before our cleaning), all using both
 * cores: ours through the shared tesseract.js scheduler (one worker per core), native as two processes
 * at a time with OMP_THREAD_LIMIT=1. A second table takes our cleaning out: the two engines alone on our
 * cleaned pages, which shows how much of the time is the engine (WebAssembly against native code) and how
 * much our cleaning.
 *
 *   npm run bench:ocr                 # then the Spanish, Russian, Arabic and Chinese scans (bench/ocr-languages.ts)
 *   npm run bench:ocr -- --languages  # only those; `--held-out` scores their held-out quarter
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { cleanPage, ocrPage, pageImage, paragraphsText, removeSpeckle, sharedOcrEngine, terminateOcr } from '../pipeline/ocr/index.ts';
import { repairText } from '../pipeline/repair/index.ts';
import { BENCH_DPIS, benchFixtures } from '../scripts/make-scans.ts';
import { characterErrorRate } from '../fixtures/error-rate.ts';
import { benchLanguages } from './ocr-languages.ts';
import { foldTypography, pool } from './ocr-helpers.ts';

const run = promisify(execFile);
const cores = availableParallelism();

interface BenchPage {
  png: string;
  dpi: number;
  truth: string;
}

async function preparePages(folder: string): Promise<BenchPage[]> {
  const pages: BenchPage[] = [];
  for (const made of await benchFixtures(folder)) {
    const truths = (await readFile(made.truth, 'utf8')).split('\n\f\n');
    const bytes = new Uint8Array(await readFile(made.pdf));
    for (let number = 1; number <= truths.length; number++) {
      // The page image both engines read: the scan page as rasterized, before any cleaning.
      const image = await pageImage({ name: made.pdf, bytes }, number);
      const png = join(folder, `${basename(made.pdf, '.pdf')}-p${number}.png`);
      await sharp(Buffer.from(image.pixels), { raw: { width: image.width, height: image.height, channels: 1 } })
        .toColourspace('b-w')
        .withDensity(image.dpi)
        .png({ compressionLevel: 1 })
        .toFile(png);
      const dpiMatch = /-(\d+)dpi/.exec(made.pdf);
      pages.push({ png, dpi: Number(dpiMatch?.[1] ?? image.dpi), truth: truths[number - 1]! });
    }
  }
  return pages;
}

function format(rate: number): string {
  return `${(rate * 100).toFixed(2)}%`;
}

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'unletters-bench-ocr-'));
  try {
    const pages = await preparePages(folder);
    console.log(`${pages.length} pages (${BENCH_DPIS.map((dpi) => `${pages.filter((page) => page.dpi === dpi).length} at ${dpi} dpi`).join(', ')}), ${cores} cores`);

    // (c) native Tesseract, two processes at a time, one thread each.
    let started = performance.now();
    const native = await pool(pages, cores, async (page) => {
      const { stdout } = await run('tesseract', [page.png, '-', '-l', 'fra'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 16 << 20 });
      return stdout;
    });
    const nativeSeconds = (performance.now() - started) / 1000;

    // (a) ours: worker start-up included, pages in parallel through the scheduler.
    started = performance.now();
    const ours = await Promise.all(pages.map(async (page) => (await ocrPage({ name: page.png, bytes: new Uint8Array(await readFile(page.png)) }, 1, { lang: 'fr' })).text));
    const oursSeconds = (performance.now() - started) / 1000;

    // (a) again, the engine loaded: what each page costs a long-running ingest or worker.
    started = performance.now();
    const warm = await Promise.all(pages.map(async (page) => (await ocrPage({ name: page.png, bytes: new Uint8Array(await readFile(page.png)) }, 1, { lang: 'fr' })).text));
    const warmSeconds = (performance.now() - started) / 1000;

    // (b) ours then repair (the repair stage as it stands in pipeline/repair).
    started = performance.now();
    const repaired = [];
    for (const text of ours) repaired.push((await repairText(text, { lang: 'fr' })).text);
    const repairSeconds = (performance.now() - started) / 1000;

    // The engines alone, on the pages as our cleaning leaves them (engine loaded, both cores each).
    started = performance.now();
    const cleanedPngs = await pool(pages, cores, async (page) => {
      const image = await pageImage({ name: page.png, bytes: new Uint8Array(await readFile(page.png)) }, 1);
      const cleaned = await cleanPage(image);
      const path = page.png.replace(/\.png$/, '-cleaned.png');
      await writeFile(path, cleaned.png);
      return { path, png: cleaned.png };
    });
    const cleaningSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const engineAlone = await Promise.all(cleanedPngs.map(async ({ png }) => paragraphsText(removeSpeckle((await sharedOcrEngine().recognize(png, 'fra')).paragraphs))));
    const engineSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const nativeOnCleaned = await pool(cleanedPngs, cores, async ({ path }) => {
      const { stdout } = await run('tesseract', [path, '-', '-l', 'fra'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 16 << 20 });
      return stdout;
    });
    const nativeCleanedSeconds = (performance.now() - started) / 1000;
    await terminateOcr();

    const rows: Array<[string, string[], number]> = [
      ['(a) ours, start-up included', ours, oursSeconds],
      ['(a) ours, engine loaded', warm, warmSeconds],
      ['(b) ours + repair', repaired, oursSeconds + repairSeconds],
      ['(c) native tesseract -l fra', native, nativeSeconds],
    ];
    const nativeRate = characterErrorRate(native.map((hypothesis, index) => ({ hypothesis, truth: pages[index]!.truth })));
    const nativePerPage = nativeSeconds / pages.length;
    console.log(`\nengine                          CER all  ${BENCH_DPIS.map((dpi) => `CER ${dpi}`).join('  ')}  s/page  CER/native  time/native`);
    for (const [label, texts, seconds] of rows) {
      const rate = (filter: (page: BenchPage) => boolean) =>
        characterErrorRate(texts.map((hypothesis, index) => ({ hypothesis, truth: pages[index]!.truth })).filter((_, index) => filter(pages[index]!)));
      const all = rate(() => true);
      const perPage = seconds / pages.length;
      console.log(
        `${label.padEnd(31)} ${format(all).padStart(7)}  ${BENCH_DPIS.map((dpi) => format(rate((page) => page.dpi === dpi)).padStart(7)).join('  ')}  ${perPage.toFixed(2).padStart(6)}  ${(all / nativeRate).toFixed(2).padStart(10)}  ${(perPage / nativePerPage).toFixed(2).padStart(11)}`,
      );
    }
    // Typographic marks (’ against ', – against -) count as errors above, and our OCR writes the language's
    // typography while native Tesseract does not: the fair comparison of recognition alone folds them.
    const folded = (texts: string[]) =>
      characterErrorRate(texts.map((hypothesis, index) => ({ hypothesis: foldTypography(hypothesis), truth: foldTypography(pages[index]!.truth) })));
    const nativeFolded = folded(native);
    console.log('\nwith typographic marks folded on both sides (recognition alone):');
    for (const [label, texts] of rows) {
      const rate = folded(texts);
      console.log(`${label.padEnd(31)} ${format(rate).padStart(7)}  CER/native ${(rate / nativeFolded).toFixed(2)}`);
    }
    console.log('\nthe engines alone on our cleaned pages (cleaning: ' + (cleaningSeconds / pages.length).toFixed(2) + ' s/page on both cores):');
    const engineRate = characterErrorRate(engineAlone.map((hypothesis, index) => ({ hypothesis, truth: pages[index]!.truth })));
    const nativeCleanedRate = characterErrorRate(nativeOnCleaned.map((hypothesis, index) => ({ hypothesis, truth: pages[index]!.truth })));
    for (const [label, rate, seconds] of [
      ['(d) tesseract.js (+ speckle)', engineRate, engineSeconds],
      ['(e) native tesseract -l fra', nativeCleanedRate, nativeCleanedSeconds],
    ] as const) {
      console.log(`${label.padEnd(31)} ${format(rate).padStart(7)}  s/page ${(seconds / pages.length).toFixed(2)}  time/native ${(seconds / nativeCleanedSeconds).toFixed(2)}`);
    }
    console.log('\nDone when: CER (a) ≤ native, CER (b) ≤ native / 2, s/page (a) ≤ 1.3 × native.');
    console.log('command: npm run bench:ocr   (native: OMP_THREAD_LIMIT=1 tesseract <page.png> - -l fra, two at a time)');
    await writeFile(join(tmpdir(), 'unletters-bench-ocr-last.json'), JSON.stringify({ pages: pages.length, oursSeconds, repairSeconds, nativeSeconds, cleaningSeconds, engineSeconds, nativeCleanedSeconds }, null, 2));
  } finally {
    await terminateOcr();
    await rm(folder, { recursive: true, force: true });
  }
}

// The French seeds first, then the Spanish, Russian, Arabic and Chinese scans (bench/ocr-languages.ts);
// `--languages` runs only those, `--held-out` only their held-out quarter.
const args = process.argv.slice(2);
const heldOut = args.includes('--held-out');
if (!args.includes('--languages') && !heldOut) await main();
await benchLanguages({ heldOut });
