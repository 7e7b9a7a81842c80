/**
 * OCR benchmark of the Spanish, Russian, Arabic and Chinese scans (fixtures/world-scans.ts: first pages of
 * the real parallel letters, typeset by the edition's emitter, 200 dpi, archive damage): per language, the
 * character and word error rates and the seconds per page of
 *   (a) our OCR (render, clean, tesseract.js, page text: what `unletters ingest --lang <code>` reads),
 *   (b) the same then repair,
 *   (c) native `tesseract` with the very same trained data (the npm package's file unzipped; Debian's rus+eng),
 * all on the same pages and both cores: ours through the shared scheduler (engine loaded first), native two
 * processes at a time with OMP_THREAD_LIMIT=1 on the page image before our cleaning.
 *
 *   npm run bench:ocr -- --languages              # the tuning scans
 *   npm run bench:ocr -- --languages --held-out   # the held-out quarter (fixtures/scans/world/HELDOUT)
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { characterErrorRate, wordErrorRate } from '../fixtures/error-rate.ts';
import { makeWorldScan, WORLD_SCAN_LANGUAGES, worldScans, type WorldScan } from '../fixtures/world-scans.ts';
import { languageResources } from '../pipeline/lang/index.ts';
import { ocrPage, pageImage, terminateOcr } from '../pipeline/ocr/index.ts';
import { languageDataFolder } from '../pipeline/ocr/tesseract-engine.ts';
import { repairText } from '../pipeline/repair/index.ts';
import { foldTypography, pool } from './ocr-helpers.ts';

const run = promisify(execFile);
const cores = availableParallelism();

interface Page {
  scan: WorldScan;
  pdf: string;
  png: string;
  truth: string;
}

/** A tessdata folder holding the trained data tesseract.js reads for a language, for native tesseract. */
async function nativeTessdata(lang: (typeof WORLD_SCAN_LANGUAGES)[number], folder: string): Promise<{ code: string; dir: string }> {
  const data = languageResources(lang).extract!.tesseract;
  if ('systemFolder' in data) return { code: data.code, dir: data.systemFolder };
  const dir = join(folder, `tessdata-${data.code}`);
  await mkdir(dir, { recursive: true });
  const gzipped = await readFile(join(languageDataFolder(data.dataPackage), `${data.code}.traineddata.gz`));
  await writeFile(join(dir, `${data.code}.traineddata`), gunzipSync(gzipped));
  return { code: data.code, dir };
}

const percent = (rate: number) => `${(rate * 100).toFixed(2)}%`;

export async function benchLanguages(options: { heldOut: boolean }): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'unletters-bench-ocr-languages-'));
  const results: Record<string, unknown> = {};
  try {
    const scans = worldScans().filter((scan) => scan.heldOut === options.heldOut);
    console.log(`\n${options.heldOut ? 'HELD-OUT' : 'tuning'} scans in es, ru, ar, zh: ${scans.length} pages at 200 dpi, ${cores} cores`);
    console.log('lang pages  CER ours  +repair  native  CER/native  | folded ours native | WER ours native | s/page ours native  time/native');
    for (const lang of WORLD_SCAN_LANGUAGES) {
      const pages: Page[] = [];
      for (const scan of scans.filter((each) => each.lang === lang)) {
        const made = await makeWorldScan(scan);
        const pdf = join(folder, `${scan.name}.pdf`);
        await writeFile(pdf, made.pdf);
        // The page image native Tesseract reads: the scan page as rasterized, before our cleaning.
        const image = await pageImage({ name: pdf, bytes: made.pdf }, 1);
        const png = join(folder, `${scan.name}.png`);
        await sharp(Buffer.from(image.pixels), { raw: { width: image.width, height: image.height, channels: 1 } }).toColourspace('b-w').withDensity(image.dpi).png({ compressionLevel: 1 }).toFile(png);
        pages.push({ scan, pdf, png, truth: made.truth });
      }
      const native = await nativeTessdata(lang, folder);
      let started = performance.now();
      const nativeTexts = await pool(pages, cores, async (page) =>
        (await run('tesseract', [page.png, '-', '-l', native.code, '--tessdata-dir', native.dir], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 16 << 20 })).stdout);
      const nativeSeconds = (performance.now() - started) / 1000;

      const read = async (page: Page) => (await ocrPage({ name: page.pdf, bytes: new Uint8Array(await readFile(page.pdf)) }, 1, { lang })).text;
      await read(pages[0]!); // loads the language's workers: what a running ingest or worker has already done
      started = performance.now();
      const ours = await Promise.all(pages.map(read));
      const oursSeconds = (performance.now() - started) / 1000;
      const repaired = [];
      for (const text of ours) repaired.push((await repairText(text, { lang })).text);
      await terminateOcr();

      const pairs = (texts: string[], fold = (text: string) => text) => texts.map((hypothesis, index) => ({ hypothesis: fold(hypothesis), truth: fold(pages[index]!.truth) }));
      const cer = (texts: string[]) => characterErrorRate(pairs(texts));
      // Native Tesseract writes a space between Chinese words as between any two; the folded rate takes the
      // spaces between two characters of an unspaced script out on both sides, to compare recognition alone.
      const unspaced = languageResources(lang).extract?.unspacedCharacters;
      const withoutUnspacedGaps = (text: string) =>
        unspaced ? text.replace(/(\S) +(?=(\S))/gu, (whole, before: string, after: string) => (unspaced.test(before) || unspaced.test(after) ? before : whole)) : text;
      const folded = (texts: string[]) => characterErrorRate(pairs(texts, (text) => withoutUnspacedGaps(foldTypography(text))));
      // Words are runs between spaces: Chinese has none, its word error rate says nothing.
      const wer = (texts: string[]) => (lang === 'zh' ? '   —  ' : percent(wordErrorRate(pairs(texts))));
      const perPage = { ours: oursSeconds / pages.length, native: nativeSeconds / pages.length };
      console.log(
        `${lang.padEnd(4)} ${String(pages.length).padStart(5)}  ${percent(cer(ours)).padStart(8)}  ${percent(cer(repaired)).padStart(7)}  ${percent(cer(nativeTexts)).padStart(6)}  ${(cer(ours) / cer(nativeTexts)).toFixed(2).padStart(10)}  | ${percent(folded(ours)).padStart(11)} ${percent(folded(nativeTexts)).padStart(6)} | ${wer(ours).padStart(8)} ${wer(nativeTexts).padStart(6)} | ${perPage.ours.toFixed(2).padStart(11)} ${perPage.native.toFixed(2).padStart(6)}  ${(perPage.ours / perPage.native).toFixed(2).padStart(11)}`,
      );
      results[lang] = {
        pages: pages.map((page) => page.scan.name),
        cer: { ours: cer(ours), repaired: cer(repaired), native: cer(nativeTexts) },
        folded: { ours: folded(ours), native: folded(nativeTexts) },
        secondsPerPage: perPage,
        nativeData: native,
      };
      if (process.env.UNLETTERS_BENCH_TEXTS) {
        await writeFile(join(process.env.UNLETTERS_BENCH_TEXTS, `${lang}.json`), JSON.stringify(pages.map((page, index) => ({ name: page.scan.name, truth: page.truth, ours: ours[index], native: nativeTexts[index] })), null, 2));
      }
    }
    console.log('folded: quotes, dashes, apostrophes and the Arabic and Chinese comma, semicolon, colon made one form, and spaces beside a Chinese character taken out, on both sides.');
    console.log(`command: npm run bench:ocr -- ${options.heldOut ? '--held-out' : '--languages'}   (native: OMP_THREAD_LIMIT=1 tesseract <page.png> - -l <code> --tessdata-dir <the same data>, two at a time)`);
    await writeFile(join(tmpdir(), `unletters-bench-ocr-languages${options.heldOut ? '-held-out' : ''}-last.json`), JSON.stringify(results, null, 2));
  } finally {
    await terminateOcr();
    await rm(folder, { recursive: true, force: true });
  }
}
