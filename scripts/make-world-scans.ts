/**
 * Writes the Spanish, Russian, Arabic and Chinese scan fixtures (fixtures/world-scans.ts) to
 * fixtures/scans/world/: the ground truth of every scan, the list of held-out scans, and the image-only PDFs
 * of the scans the tests read (one per language: `TEST_SET`). The benchmark makes every PDF again in a
 * temporary folder: the bytes are the same on every run, so the other PDFs need not be committed.
 *
 *   npx tsx scripts/make-world-scans.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeWorldScan, WORLD_SCAN_FOLDER, worldScans } from '../fixtures/world-scans.ts';

/** The set whose scans are committed for the tests (a tuning set in every language). */
export const TEST_SET = 'S-2025-180';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await mkdir(WORLD_SCAN_FOLDER, { recursive: true });
  const scans = worldScans();
  for (const scan of scans) {
    const { pdf, truth } = await makeWorldScan(scan);
    await writeFile(join(WORLD_SCAN_FOLDER, `${scan.name}.truth`), truth);
    if (scan.set === TEST_SET && !scan.heldOut) await writeFile(join(WORLD_SCAN_FOLDER, `${scan.name}.pdf`), pdf);
  }
  const heldOut = scans.filter((scan) => scan.heldOut).map((scan) => scan.name);
  await writeFile(
    join(WORLD_SCAN_FOLDER, 'HELDOUT'),
    '# Held-out scans (fixtures/world-scans.ts, worldScans): scored only by `npm run bench:ocr -- --held-out`.\n' + heldOut.join('\n') + '\n',
  );
  console.log(`wrote ${scans.length} truths, ${heldOut.length} held out, to ${WORLD_SCAN_FOLDER}`);
}
