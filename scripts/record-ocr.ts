/**
 * Records Tesseract's output once for every page of every scan fixture (fixtures/scans/, and the page
 * images the tests make from them), in every OCR language the pipeline speaks, into fixtures/ocr/: per page
 * `page-<n>.<tesseract code>.tsv` and `page-<n>.json` (the hash of the cleaned image the engine was given,
 * its resolution and Tesseract's page confidences). The tests replay these (test/helpers/recorded-ocr.ts)
 * instead of running OCR.
 *
 * Run on purpose, after a change to page rendering, cleaning, the engine's parameters or the scan fixtures:
 *   npm run fixtures:ocr-record
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { planPages, type SourceFile } from '../pipeline/extract/index.ts';
import { isSupportedLanguage, languageResources } from '../pipeline/lang/index.ts';
import { LANGUAGE_CODES } from '../pipeline/model/index.ts';
import { cleanPage, newTesseractEngine, pageImage } from '../pipeline/ocr/index.ts';
import { PROBE_LANGUAGE } from '../pipeline/ocr/language.ts';
import { derivedScans, imageHash, RECORDINGS, SCANS, type RecordedPage } from '../test/helpers/recorded-ocr.ts';

const SCAN_EXTENSIONS = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff']);

const tesseractCode = (code: string) => (isSupportedLanguage(code) ? languageResources(code).extract?.tesseract?.code : undefined);
/**
 * The French and English scans are recorded in both their languages. A scan of fixtures/scans/world/ is
 * recorded in the languages a run reads it in (readProbe in pipeline/ocr/language.ts): the probe language and
 * its own (its name starts with the code), and, for a page in another script than the probe language's, every
 * language of another script. Recording all six languages for every page would multiply the recordings for
 * pages no run reads so.
 */
function recordedCodes(name: string): string[] {
  const own = /^world\/([a-z]{2})-/u.exec(name)?.[1];
  const scriptOf = (code: string) => (isSupportedLanguage(code) ? languageResources(code).script?.name ?? 'Latin' : undefined);
  const otherScripts = LANGUAGE_CODES.filter((code) => scriptOf(code) !== undefined && scriptOf(code) !== scriptOf(PROBE_LANGUAGE));
  const languages = !own ? ['en', 'fr'] : scriptOf(own) === scriptOf(PROBE_LANGUAGE) ? [PROBE_LANGUAGE, own] : [PROBE_LANGUAGE, ...otherScripts];
  return [...new Set(languages.flatMap((code) => tesseractCode(code) ?? []))];
}

const scanNames = async (folder: string, prefix = '') =>
  (await readdir(join(SCANS, folder))).filter((name) => SCAN_EXTENSIONS.has(extname(name).toLowerCase())).sort().map((name) => prefix + name);
const names = [...(await scanNames('.')), ...(await scanNames('world', 'world/'))];
const sources: SourceFile[] = [
  ...(await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(SCANS, name))) })))),
  ...(await derivedScans()),
];

const engine = newTesseractEngine();
try {
  // Recordings of scans that are gone go with them; the README stays.
  for (const entry of await readdir(RECORDINGS, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory()) await rm(join(RECORDINGS, entry.name), { recursive: true, force: true });
  }
  for (const file of sources) {
    // One folder per source, by file name (the replay reads the folders of fixtures/ocr/ only).
    const folder = join(RECORDINGS, file.name.split('/').at(-1)!);
    const tesseractCodes = recordedCodes(file.name);
    await mkdir(folder, { recursive: true });
    for (const { number } of await planPages(file, { ocr: 'always' })) {
      // The same image ocrPage hands the engine: rendered at the default resolution, then cleaned.
      const image = await pageImage(file, number);
      const { png } = await cleanPage(image);
      const recorded: RecordedPage = { image: imageHash(png), dpi: image.dpi, confidence: {} };
      for (const code of tesseractCodes) {
        const { confidence, tsv } = await engine.recognizeTsv(png, code);
        recorded.confidence[code] = confidence;
        await writeFile(join(folder, `page-${number}.${code}.tsv`), tsv);
      }
      await writeFile(join(folder, `page-${number}.json`), `${JSON.stringify(recorded, null, 2)}\n`);
      process.stdout.write(`${file.name} page ${number}: ${tesseractCodes.join(', ')}\n`);
    }
  }
} finally {
  await engine.terminate();
}
