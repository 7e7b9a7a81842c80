import { extname } from 'node:path';
import type { UnDocument } from '../model/index.ts';
import type { RunEnvironment } from '../stage.ts';
import type { PipelineOptions } from '../stages.ts';
import { terminateOcr } from '../ocr/index.ts';
import { openDocumentPool, sharedClaims, takeNext } from './document-pool.ts';
import { describeFailure } from './failures.ts';
import { ingestDocument, type DocumentTask, type DocumentTaskResult } from './ingest-document.ts';
import { expandInputs, inputLocation } from './inputs.ts';
import { outputName, prepareOutputFolder } from './outputs.ts';

export { expandInputs, inputLocation, readInput, INPUT_EXTENSIONS } from './inputs.ts';
export { isOutputFolderError, outputName, prepareOutputFolder, renderingFiles, safeName, writeRenderings } from './outputs.ts';
export { processSource, readSource, runSteps } from './steps.ts';
export { describeFailure } from './failures.ts';
export { ingestDocument, type DocumentTask, type DocumentTaskResult } from './ingest-document.ts';
export { budgetSignal, sizeProblem, DEFAULT_MAX_FILE_BYTES, DEFAULT_TIME_BUDGET_SECONDS, type DocumentLimits } from './limits.ts';
export { escapeControls } from './names.ts';
export { buildCatalog, catalogEntry, readCatalogLog, rebuildCatalog, recordInCatalog, CATALOG_FILE, CATALOG_LOG } from './catalog.ts';
export type { Catalog, CatalogEntry } from './catalog.ts';
export type { PipelineOptions } from '../stages.ts';
export type { RunEnvironment } from '../stage.ts';

export interface IngestResult {
  input: string;
  ok: boolean;
  /** Folder the outputs were written to. */
  folder?: string;
  /** One line naming the file and the problem. */
  error?: string;
  document?: UnDocument;
  milliseconds: number;
}

export interface IngestOptions extends PipelineOptions {
  out: string;
  /** Languages, OCR engine and progress given to every stage. */
  environment?: RunEnvironment;
  /**
   * Text documents processed at once, each in a worker thread of its own (default 1: everything in this
   * thread). Used only for runs of at least `POOL_MIN_DOCUMENTS` text documents without an `environment`
   * (which cannot cross threads); page images and PDFs stay in this thread, where the OCR engine already
   * keeps every core busy.
   */
  threads?: number;
  onResult?: (result: IngestResult, index: number, total: number) => void;
  onStart?: (input: string, index: number, total: number) => void;
  /** Entries of input folders left out on purpose (symbolic links), one line each; not failures. */
  onSkipped?: (line: string) => void;
}

/**
 * Text documents a run needs before it starts worker threads: a thread loads the pipeline and the
 * lexicons (about two seconds of one core) before its first document, about eight letters' time.
 */
export const POOL_MIN_DOCUMENTS = 8;

const isTextInput = (input: string) => extname(input).toLowerCase() === '.txt';

/**
 * Ingests files and folders in-process: every input that can be read is processed and written, whatever
 * happens to the others; each failure becomes one line in its result. Results come in the order of the
 * inputs; `onResult` is called as each document finishes.
 */
export async function ingest(paths: string[], options: IngestOptions): Promise<IngestResult[]> {
  await prepareOutputFolder(options.out);
  const { inputs, problems, skipped } = await expandInputs(paths);
  for (const entry of skipped) options.onSkipped?.(entry.message);
  const results: IngestResult[] = problems.map((problem) => ({ input: problem.path, ok: false, error: problem.message, milliseconds: 0 }));
  const total = inputs.length + problems.length;
  problems.forEach((_, index) => options.onResult?.(results[index]!, index, total));
  const { out, onResult, onStart, onSkipped: _onSkipped, environment, threads = 1, ...pipelineOptions } = options;
  const textInputs = inputs.filter(isTextInput).length;
  // This thread takes text documents too, beside `threads - 1` pool threads: it has the pipeline loaded
  // already, where a further thread would spend its first second or two loading it again.
  const pool = threads > 1 && !environment && textInputs >= POOL_MIN_DOCUMENTS ? await openDocumentPool(Math.min(threads, textInputs) - 1) : undefined;
  const claimed = new Map<string, string>();
  // After the last PDF or image, the process-wide OCR engine is no longer needed (see `ingestDocument`).
  const lastPaged = inputs.reduce((last, input, position) => (isTextInput(input) ? last : position), -1);
  // Text documents for the pool threads and this one, each taken by whichever is free first.
  const shared: Array<{ task: DocumentTask; start: () => void; settle: (outcome: DocumentTaskResult) => void; fail: (error: unknown) => void }> = [];
  // Documents not sent to the pool run one after another in this thread.
  let inThisThread = Promise.resolve();
  try {
    for (const [position, input] of inputs.entries()) {
      const index = problems.length + position;
      const started = performance.now();
      const finish = (result: IngestResult) => {
        result.milliseconds = performance.now() - started;
        results[index] = result;
        onResult?.(result, index, total);
      };
      const name = outputName(input);
      const earlier = claimed.get(name);
      if (earlier) {
        inThisThread = inThisThread.then(() => finish({ input, ok: false, error: `${input}: output folder ${name}/ is already taken by ${earlier} in this run`, milliseconds: 0 }));
        continue;
      }
      claimed.set(name, input);
      const location = inputLocation(input);
      const task: DocumentTask = { input, location: typeof location === 'string' ? location : new Uint8Array(location), name, out, options: pipelineOptions };
      const settle = (outcome: DocumentTaskResult) =>
        finish(outcome.ok ? { input, ok: true, folder: outcome.folder, document: outcome.document, milliseconds: 0 } : { input, ok: false, error: outcome.error, milliseconds: 0 });
      if (pool && isTextInput(input)) {
        shared.push({
          task,
          start: () => onStart?.(input, index, total),
          settle,
          fail: (error) => finish({ input, ok: false, error: describeFailure(input, error), milliseconds: 0 }),
        });
        continue;
      }
      const lastToRead = !isTextInput(input) && position === lastPaged && !environment?.ocrEngine;
      inThisThread = inThisThread.then(async () => {
        onStart?.(input, index, total);
        settle(await ingestDocument(task, environment, lastToRead ? terminateOcr : undefined));
      });
    }
    const claims = sharedClaims();
    const poolThreads = pool?.share(
      shared.map((document) => document.task),
      claims,
      {
        onStarted: (index) => shared[index]!.start(),
        onResult: (index, outcome) => shared[index]!.settle(outcome),
        onThreadFailed: (index, error) => shared[index]!.fail(error),
      },
    );
    inThisThread = inThisThread.then(async () => {
      for (let index = takeNext(claims); index < shared.length; index = takeNext(claims)) {
        shared[index]!.start();
        shared[index]!.settle(await ingestDocument(shared[index]!.task));
      }
    });
    await Promise.all([inThisThread, poolThreads]);
  } finally {
    await pool?.close();
  }
  return results;
}

