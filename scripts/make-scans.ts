/**
 * Makes the committed scan fixtures (fixtures/scans/) and the bad inputs (fixtures/bad-inputs/) from the
 * seed texts, deterministically: running it twice gives the same bytes.
 *
 *   npm run fixtures:scans            # writes fixtures/scans and fixtures/bad-inputs
 *   npm run fixtures:scans -- --bench /tmp/dir   # the larger benchmark set (not committed)
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import {
  ARCHIVE_SCAN,
  CLEAN_SCAN,
  degrade,
  garble,
  imageOnlyPdf,
  rasterize,
  scanWithTextLayer,
  toJpeg,
  toPng,
  toTiff,
  typeset,
} from '../fixtures/scan-fixtures.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedsFolder = join(root, 'fixtures', 'seeds');

async function seedText(prefix: string): Promise<string> {
  const { readdir } = await import('node:fs/promises');
  const name = (await readdir(seedsFolder)).find((file) => file.startsWith(prefix) && file.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix} in ${seedsFolder}`);
  return readFile(join(seedsFolder, name), 'utf8');
}

/** Ground truth (`.truth`, not an input extension): the typeset lines, pages separated by a form feed line. */
function groundTruth(pages: Array<{ lines: string[] }>): string {
  return pages.map((page) => page.lines.join('\n')).join('\n\f\n') + '\n';
}

/** An image-only PDF of the first `pages` pages of a seed, degraded like an archive scan. */
export async function scannedPdf(seed: string, pages: number, dpi: number, seedNumber: number) {
  const typeset_ = await typeset(await seedText(seed), pages);
  const jpegs: Uint8Array[] = [];
  for (let index = 0; index < typeset_.pages.length; index++) {
    const scan = await degrade(rasterize(typeset_.pdf, index, dpi), { ...ARCHIVE_SCAN, seed: seedNumber * 100 + index });
    jpegs.push(await toJpeg(scan, 45));
  }
  return { pdf: await imageOnlyPdf(jpegs), truth: groundTruth(typeset_.pages) };
}

async function committedFixtures(): Promise<void> {
  const scans = join(root, 'fixtures', 'scans');
  const bad = join(root, 'fixtures', 'bad-inputs');
  await mkdir(scans, { recursive: true });
  await mkdir(bad, { recursive: true });

  // 1. A two-page 200 dpi image-only PDF of seed 002 (French).
  const seed002 = await scannedPdf('002', 2, 200, 2);
  await writeFile(join(scans, 'seed002-scan-200dpi.pdf'), seed002.pdf);
  await writeFile(join(scans, 'seed002-scan-200dpi.truth'), seed002.truth);

  // 2. A single-page PNG at 150 dpi of seed 003, typed the old way: paragraphs marked by a first-line
  // indent only, no space between them.
  const seed003Typed = await typeset(await seedText('003'), 1, 'indents');
  const png = await degrade(rasterize(seed003Typed.pdf, 0, 150), { ...ARCHIVE_SCAN, seed: 301 });
  await writeFile(join(scans, 'seed003-page-150dpi.png'), await toPng(png));
  await writeFile(join(scans, 'seed003-page-150dpi.truth'), groundTruth(seed003Typed.pages));
  const seed003 = await typeset(await seedText('003'), 1);

  // 3. A two-page 1-bit TIFF at 200 dpi of seed 000 (pages 2 and 3: the annex).
  const seed000 = await typeset(await seedText('000'), 3);
  const tiffPages = [];
  for (const index of [1, 2]) tiffPages.push(await degrade(rasterize(seed000.pdf, index, 200), { ...ARCHIVE_SCAN, marginMarks: 6, noise: 0, seed: 10 + index }));
  await writeFile(join(scans, 'seed000-annex-200dpi.tiff'), await toTiff(tiffPages));
  await writeFile(join(scans, 'seed000-annex-200dpi.truth'), groundTruth(seed000.pages.slice(1, 3)));

  // 4. A clean scan with a broken invisible text layer (garbled like the 2008 letter).
  const cleanPage = await toJpeg(await degrade(rasterize(seed000.pdf, 0, 200), { ...CLEAN_SCAN, seed: 1 }), 45);
  const firstLines = seed000.pages[0]!.lines;
  await writeFile(join(scans, 'seed000-broken-text-layer.pdf'), await scanWithTextLayer(cleanPage, garble(firstLines, 4)));
  await writeFile(join(scans, 'seed000-broken-text-layer.truth'), groundTruth(seed000.pages.slice(0, 1)));

  // 5. A born-digital PDF with a good text layer (seed 003, first page).
  await writeFile(join(scans, 'seed003-born-digital.pdf'), seed003.pdf);
  await writeFile(join(scans, 'seed003-born-digital.truth'), groundTruth(seed003.pages));

  // Bad inputs: each must fail with one clear line, without stopping the other inputs of a run.
  const small = await PDFDocument.create();
  small.addPage([200, 200]).drawText('Confidential', { x: 20, y: 100, size: 12 });
  small.setCreationDate(new Date(0));
  small.setModificationDate(new Date(0));
  const smallBytes = await small.save();
  const plain = join(bad, '.plain.pdf');
  await writeFile(plain, smallBytes);
  execFileSync('qpdf', ['--static-id', '--encrypt', 'user-secret', 'owner-secret', '256', '--', plain, join(bad, 'encrypted.pdf')]);
  const { rm } = await import('node:fs/promises');
  await rm(plain);
  await writeFile(join(bad, 'truncated.pdf'), smallBytes.slice(0, Math.floor(smallBytes.length / 3)));
  const empty = await PDFDocument.create();
  empty.setCreationDate(new Date(0));
  empty.setModificationDate(new Date(0));
  await writeFile(join(bad, 'zero-pages.pdf'), await empty.save({ addDefaultPage: false }));
  await writeFile(join(bad, 'not-a-pdf.pdf'), 'Lettre datée du 3 mars 2010, adressée au Secrétaire général\n');
  await writeFile(join(bad, 'not-an-image.png'), 'GIF89a this is not a PNG at all\n');
  console.log(`wrote ${scans} and ${bad}`);
}

/** The resolutions the OCR bench's scans are made at: under, at and over the one scans are read at (200 dpi). */
export const BENCH_DPIS = [150, 200, 300] as const;

/** The benchmark set: first pages of three clean seeds at each of BENCH_DPIS, each an image-only PDF. */
export async function benchFixtures(folder: string): Promise<Array<{ pdf: string; truth: string }>> {
  await mkdir(folder, { recursive: true });
  const made: Array<{ pdf: string; truth: string }> = [];
  for (const [seed, pages] of [['000', 2], ['002', 2], ['003', 1]] as const) {
    for (const dpi of BENCH_DPIS) {
      const scan = await scannedPdf(seed, pages, dpi, Number(seed) + dpi);
      const pdf = join(folder, `seed${seed}-${dpi}dpi.pdf`);
      const truth = join(folder, `seed${seed}-${dpi}dpi.truth`);
      await writeFile(pdf, scan.pdf);
      await writeFile(truth, scan.truth);
      made.push({ pdf, truth });
    }
  }
  return made;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const benchIndex = process.argv.indexOf('--bench');
  if (benchIndex >= 0) {
    const folder = process.argv[benchIndex + 1];
    if (!folder) throw new Error('--bench needs a folder');
    const made = await benchFixtures(folder);
    console.log(`wrote ${made.length} benchmark scans to ${folder}`);
  } else {
    await committedFixtures();
  }
}
