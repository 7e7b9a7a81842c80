/**
 * Tesseract's output recorded once per page of every scan fixture (fixtures/ocr/, made by
 * `npm run fixtures:ocr-record`) and replayed, so that the tests exercise everything around OCR (page
 * rendering and cleaning, speckle, bullets, layout, language choice, the queue's OCR jobs) on real engine
 * output without running the engine. A recording is found by the hash of the cleaned page image the
 * pipeline hands the engine: when rendering or cleaning changes, the replay fails and says to record again.
 *
 * vitest.config.ts names this module in UNLETTERS_OCR_ENGINE, so every test replays unless it passes a
 * real engine (`newTesseractEngine()`); the queue tests' worker processes inherit the variable.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { paragraphsOfTsv, type EngineResult, type OcrEngine } from '../../pipeline/ocr/index.ts';
import type { SourceFile } from '../../pipeline/extract/index.ts';

export const RECORDINGS = join(import.meta.dirname, '../../fixtures/ocr');
export const SCANS = join(import.meta.dirname, '../../fixtures/scans');

/** What `page-<n>.json` holds beside the page's TSV files (`page-<n>.<tesseract code>.tsv`). */
export interface RecordedPage {
  /** sha256 of the cleaned page image (PNG bytes) given to the engine. */
  image: string;
  dpi: number;
  /** Tesseract's mean confidence of the page, by Tesseract language code. */
  confidence: Record<string, number>;
}

export function imageHash(image: Uint8Array): string {
  return createHash('sha256').update(image).digest('hex');
}

/** Page images made from the scan fixtures at test time (a JPEG of the PNG page), recorded like them. */
export async function derivedScans(): Promise<SourceFile[]> {
  const png = readFileSync(join(SCANS, 'seed003-page-150dpi.png'));
  const jpeg = await sharp(png).jpeg({ quality: 75 }).withMetadata({ density: 150 }).toBuffer();
  return [{ name: 'seed003-page-150dpi.jpg', bytes: new Uint8Array(jpeg) }];
}

/** Every recorded page by image hash, with the folder its TSV files are in. */
function loadRecordings(): Map<string, { folder: string; page: number; recorded: RecordedPage }> {
  const pages = new Map<string, { folder: string; page: number; recorded: RecordedPage }>();
  if (!existsSync(RECORDINGS)) return pages;
  for (const source of readdirSync(RECORDINGS, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const folder = join(RECORDINGS, source.name);
    for (const name of readdirSync(folder)) {
      const page = /^page-(\d+)\.json$/u.exec(name);
      if (!page) continue;
      const recorded = JSON.parse(readFileSync(join(folder, name), 'utf8')) as RecordedPage;
      pages.set(recorded.image, { folder, page: Number(page[1]), recorded });
    }
  }
  return pages;
}

/** Replays the recorded output for the page image it is given; counts its calls. */
export class RecordedOcrEngine implements OcrEngine {
  readonly name = 'recorded tesseract.js';
  calls = 0;
  private recordings?: ReturnType<typeof loadRecordings>;

  async recognize(image: Uint8Array, language: string): Promise<EngineResult> {
    this.calls++;
    this.recordings ??= loadRecordings();
    const hash = imageHash(image);
    const found = this.recordings.get(hash);
    if (!found) {
      throw new Error(`no recorded OCR for this page image (sha256 ${hash.slice(0, 12)}…): page rendering or cleaning changed, or the page is new; run npm run fixtures:ocr-record`);
    }
    const tsv = join(found.folder, `page-${found.page}.${language}.tsv`);
    const confidence = found.recorded.confidence[language];
    if (confidence === undefined || !existsSync(tsv)) throw new Error(`no recorded OCR in language ${language} for ${tsv}; run npm run fixtures:ocr-record`);
    return { confidence, paragraphs: paragraphsOfTsv(readFileSync(tsv, 'utf8')) };
  }

  async terminate(): Promise<void> {}
}

/** The engine module's export (see `engineFromModule`). */
export default function recordedOcr(): OcrEngine {
  return new RecordedOcrEngine();
}
