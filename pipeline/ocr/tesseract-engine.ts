import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Scheduler } from 'tesseract.js';
import type { TrainedData } from '../extract/lexicon.ts';
import type { EngineLine, EngineParagraph, EngineResult, OcrEngine } from './engine.ts';

const require = createRequire(import.meta.url);

/** Where each Tesseract language's trained data comes from, by Tesseract language code. */
export type DataPackages = Record<string, TrainedData>;

/**
 * Folder of a `@tesseract.js-data/<lang>` package holding the gzipped trained data. `4.0.0_best_int` is
 * the LSTM-only integer model (0.7 MB for French): the same recognizer as the 4.0.0 folder without the
 * legacy engine we never use, so it loads faster.
 */
export function languageDataFolder(dataPackage: string): string {
  return join(dirname(require.resolve(`${dataPackage}/package.json`)), '4.0.0_best_int');
}

/** tesseract.js's `langPath` and `gzip` for a language's trained data; throws, saying how to get it, when it is absent. */
export function trainedDataOptions(data: TrainedData): { langPath: string; gzip: boolean } {
  if ('dataPackage' in data) return { langPath: languageDataFolder(data.dataPackage), gzip: true };
  // A code may name several models read together (`rus+eng`): each must be there.
  const missing = data.code.split('+').filter((model) => !existsSync(join(data.systemFolder, `${model}.traineddata`)));
  if (missing.length > 0) throw new Error(`no OCR data for ${missing.join(', ')} in ${data.systemFolder}: ${data.install}`);
  return { langPath: data.systemFolder, gzip: false };
}

/** tesseract.js, loaded with the first engine's first page rather than by every process (text letters never need it). */
let tesseract: Promise<typeof import('tesseract.js')> | undefined;
const loadTesseract = () => (tesseract ??= import('tesseract.js'));

interface LanguagePool {
  scheduler: Promise<Scheduler>;
  /** Resolves once the first worker is ready; the others join the scheduler as they come up. */
  ready: Promise<void>;
  workers: Promise<unknown>[];
}

/**
 * tesseract.js behind the engine interface: per language one scheduler with one worker per core,
 * created on first use. Parameters chosen for letters: automatic page segmentation, and no retry of
 * lines as inverted text (white on black never occurs in letters; the retry cost 20% of the time).
 */
export class TesseractEngine implements OcrEngine {
  readonly name = 'tesseract.js';
  private readonly pools = new Map<string, LanguagePool>();

  constructor(
    private readonly dataPackages: DataPackages,
    private readonly workerCount = Math.max(1, availableParallelism()),
  ) {}

  private async startWorker(language: string, schedulerReady: Promise<Scheduler>): Promise<void> {
    const data = this.dataPackages[language];
    if (!data) throw new Error(`no trained data package for OCR language ${language}`);
    const { createWorker, OEM } = await loadTesseract();
    const scheduler = await schedulerReady;
    const worker = await createWorker(language, OEM.LSTM_ONLY, {
      ...trainedDataOptions(data),
      cacheMethod: 'none',
    });
    await worker.setParameters({ tessedit_do_invert: '0' } as Record<string, string>);
    scheduler.addWorker(worker);
  }

  private pool(language: string): LanguagePool {
    let pool = this.pools.get(language);
    if (!pool) {
      const scheduler = loadTesseract().then((tesseract) => tesseract.createScheduler());
      const workers = Array.from({ length: this.workerCount }, () => this.startWorker(language, scheduler));
      // Later workers failing is not fatal while one runs; the first failing is.
      workers.slice(1).forEach((worker) => worker.catch(() => {}));
      pool = { scheduler, workers, ready: workers[0]! };
      this.pools.set(language, pool);
    }
    return pool;
  }

  warm(language: string): void {
    if (!this.dataPackages[language]) return;
    this.pool(language).ready.catch(() => {});
  }

  async recognize(image: Uint8Array, language: string): Promise<EngineResult> {
    const { confidence, tsv } = await this.recognizeTsv(image, language);
    return { confidence, paragraphs: paragraphsOfTsv(tsv) };
  }

  /**
   * Tesseract's own output for a page: its TSV and mean confidence. TSV rather than the `blocks` tree: the
   * same boxes and confidences, made in C++ instead of thousands of calls from JavaScript into the engine
   * per page (5% of the page's time). This is also what `npm run fixtures:ocr-record` records.
   */
  async recognizeTsv(image: Uint8Array, language: string): Promise<{ confidence: number; tsv: string }> {
    const pool = this.pool(language);
    await pool.ready;
    // A page in a SharedArrayBuffer of its own (`cleanPage`'s) is handed over as that buffer: tesseract.js
    // views it without a copy and the message shares it with the worker thread. Any other is a Buffer view of
    // the bytes, copied once by tesseract.js and once more into the message.
    const whole = image.buffer instanceof SharedArrayBuffer && image.byteOffset === 0 && image.byteLength === image.buffer.byteLength;
    const input = whole ? (image.buffer as unknown as Buffer) : Buffer.from(image.buffer, image.byteOffset, image.byteLength);
    const result = await (await pool.scheduler).addJob('recognize', input, {}, { text: false, tsv: true });
    return { confidence: result.data.confidence, tsv: result.data.tsv ?? '' };
  }

  async terminate(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    // Wait for workers still starting, so none is left running after terminate.
    await Promise.all(pools.map((pool) => Promise.allSettled(pool.workers).then(async () => (await pool.scheduler).terminate())));
  }
}

/**
 * Paragraphs, lines and words of Tesseract's TSV output: one row per page, block, paragraph, line and
 * word (`level` 1–5), each with its box; words carry a confidence.
 */
export function paragraphsOfTsv(tsv: string): EngineParagraph[] {
  const paragraphs: EngineParagraph[] = [];
  let paragraph: EngineParagraph | undefined;
  let line: EngineLine | undefined;
  for (const row of tsv.split('\n')) {
    const fields = row.split('\t');
    if (fields.length < 12) continue;
    const level = Number(fields[0]);
    const [left, top, width, height] = fields.slice(6, 10).map(Number) as [number, number, number, number];
    const bbox: [number, number, number, number] = [left, top, left + width, top + height];
    if (level === 3) {
      paragraph = { lines: [] };
      paragraphs.push(paragraph);
    } else if (level === 4 && paragraph) {
      line = { bbox, words: [] };
      paragraph.lines.push(line);
    } else if (level === 5 && line) {
      const text = fields.slice(11).join('\t');
      if (text.trim()) line.words.push({ text, confidence: Number(fields[10]), bbox });
    }
  }
  for (const each of paragraphs) each.lines = each.lines.filter((candidate) => candidate.words.length > 0);
  return paragraphs.filter((each) => each.lines.length > 0);
}
