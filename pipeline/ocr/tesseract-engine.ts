import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createScheduler, createWorker, OEM, type Block, type Scheduler } from 'tesseract.js';
import type { EngineParagraph, EngineResult, OcrEngine } from './engine.ts';

const require = createRequire(import.meta.url);

/** Trained data packages by Tesseract language code; data only ever comes from node_modules. */
export type DataPackages = Record<string, string>;

/**
 * Folder of a `@tesseract.js-data/<lang>` package holding the gzipped trained data. `4.0.0_best_int` is
 * the LSTM-only integer model (0.7 MB for French): the same recognizer as the 4.0.0 folder without the
 * legacy engine we never use, so it loads faster.
 */
export function languageDataFolder(dataPackage: string): string {
  return join(dirname(require.resolve(`${dataPackage}/package.json`)), '4.0.0_best_int');
}

interface LanguagePool {
  scheduler: Scheduler;
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

  private async startWorker(language: string, scheduler: Scheduler): Promise<void> {
    const dataPackage = this.dataPackages[language];
    if (!dataPackage) throw new Error(`no trained data package for OCR language ${language}`);
    const worker = await createWorker(language, OEM.LSTM_ONLY, {
      langPath: languageDataFolder(dataPackage),
      gzip: true,
      cacheMethod: 'none',
    });
    await worker.setParameters({ tessedit_do_invert: '0' } as Record<string, string>);
    scheduler.addWorker(worker);
  }

  private pool(language: string): LanguagePool {
    let pool = this.pools.get(language);
    if (!pool) {
      const scheduler = createScheduler();
      const workers = Array.from({ length: this.workerCount }, () => this.startWorker(language, scheduler));
      // Later workers failing is not fatal while one runs; the first failing is.
      workers.slice(1).forEach((worker) => worker.catch(() => {}));
      pool = { scheduler, workers, ready: workers[0]! };
      this.pools.set(language, pool);
    }
    return pool;
  }

  async recognize(image: Uint8Array, language: string): Promise<EngineResult> {
    const pool = this.pool(language);
    await pool.ready;
    const result = await pool.scheduler.addJob('recognize', Buffer.from(image), {}, { text: true, blocks: true });
    return { confidence: result.data.confidence, paragraphs: paragraphsOf(result.data.blocks ?? []) };
  }

  async terminate(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    // Wait for workers still starting, so none is left running after terminate.
    await Promise.all(pools.map((pool) => Promise.allSettled(pool.workers).then(() => pool.scheduler.terminate())));
  }
}

function paragraphsOf(blocks: Block[]): EngineParagraph[] {
  const paragraphs: EngineParagraph[] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      paragraphs.push({
        lines: paragraph.lines.map((line) => ({
          bbox: [line.bbox.x0, line.bbox.y0, line.bbox.x1, line.bbox.y1],
          words: line.words.map((word) => ({
            text: word.text,
            confidence: word.confidence,
            bbox: [word.bbox.x0, word.bbox.y0, word.bbox.x1, word.bbox.y1],
          })),
        })),
      });
    }
  }
  return paragraphs;
}
