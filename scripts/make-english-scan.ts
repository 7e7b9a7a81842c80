/**
 * Makes the English scan fixture (fixtures/scans/en007-scan-200dpi.pdf and its `.truth`) from the English
 * letter fixtures/letters/en/007-en.txt, with the OCR helper's scan recipe (fixtures/scan-fixtures.ts):
 * typeset, rasterized at 200 dpi, degraded like an archive scan, wrapped as an image-only PDF.
 * Deterministic: running it twice gives the same bytes.
 *
 *   npx tsx scripts/make-english-scan.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARCHIVE_SCAN, degrade, imageOnlyPdf, rasterize, toJpeg, typeset } from '../fixtures/scan-fixtures.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DPI = 200;
/** Seeds the speckle; distinct from the French scans' seeds so the damage differs. */
const DAMAGE_SEED = 7007;

export async function makeEnglishScan(): Promise<{ pdf: Uint8Array; truth: string }> {
  const text = await readFile(join(root, 'fixtures/letters/en/007-en.txt'), 'utf8');
  const typeset_ = await typeset(text, 4);
  const jpegs: Uint8Array[] = [];
  for (let index = 0; index < typeset_.pages.length; index++) {
    const scan = await degrade(rasterize(typeset_.pdf, index, DPI), { ...ARCHIVE_SCAN, seed: DAMAGE_SEED + index });
    jpegs.push(await toJpeg(scan, 45));
  }
  // Same ground-truth format as scripts/make-scans.ts: typeset lines, pages separated by a form-feed line.
  const truth = typeset_.pages.map((page) => page.lines.join('\n')).join('\n\f\n') + '\n';
  return { pdf: await imageOnlyPdf(jpegs), truth };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { pdf, truth } = await makeEnglishScan();
  await writeFile(join(root, 'fixtures/scans/en007-scan-200dpi.pdf'), pdf);
  await writeFile(join(root, 'fixtures/scans/en007-scan-200dpi.truth'), truth);
  console.log(`wrote fixtures/scans/en007-scan-200dpi.pdf (${pdf.length} bytes, ${truth.split('\f').length} pages)`);
}
