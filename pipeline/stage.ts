/**
 * The contract every stage keeps (as Docling's stages share one signature and BullMQ's unit of work is one
 * `Processor`): a name and `run(input, options, context)`. The in-process runner and the queue workers call
 * the same `run`; the stage list and its order are declared once, in `pipeline/stages.ts`.
 *
 * Options are plain data (they travel in job data); everything that is not (language resources, the OCR
 * engine, progress and diagnostics) comes in the context, which the runner or the worker builds.
 */
import { defaultLanguages } from './lang/index.ts';
import type { LanguageRegistry } from './lang/types.ts';
import type { Diagnostic, UnDocument } from './model/index.ts';
import type { OcrEngine } from './ocr/engine.ts';

/** A diagnostic as a stage reports it; the stage's name is added by the context. */
export type DiagnosticReport = Omit<Diagnostic, 'stage'>;

export interface StageContext {
  /** Where the stage takes every language resource from (cues, lexicons, OCR data). */
  readonly languages: LanguageRegistry;
  /** The OCR engine to use instead of the shared tesseract.js scheduler (tests replay recorded output). */
  readonly ocrEngine?: OcrEngine;
  /** How far the stage is (pages OCR'd, …): shown by the CLI, put on its job by a worker. */
  progress(done: number, total: number): void;
  /** Records a non-fatal problem; it ends in the document's `warnings`, tagged with the stage's name. */
  warn(report: DiagnosticReport): void;
  /** Aborted when the document's time budget is spent (or the run is stopped). */
  readonly signal: AbortSignal;
  /**
   * Called by a stage between pieces of long work (paragraphs, pages): gives the event loop a turn, so a
   * queue worker keeps renewing its job locks, and throws the budget's error once the signal is aborted.
   */
  checkpoint(): Promise<void>;
  /** The source file's bytes, when the caller has them: the edition of a scan carries its source. */
  readonly sourceBytes?: Uint8Array;
}

/** One step: a value in (the source, the planned pages, the document), the next value out. */
export interface Step<Input, Output, Options = NoOptions, Name extends string = string> {
  readonly name: Name;
  run(input: Input, options: Options, context: StageContext): Output | Promise<Output>;
}

/** A stage over the document: most stages are this. */
export type Stage<Options = NoOptions, Name extends string = string> = Step<UnDocument, UnDocument, Options, Name>;

/** The options of a stage that has none. */
export type NoOptions = Record<never, never>;

export type InputOf<S> = S extends Step<infer Input, unknown, never> ? Input : never;
export type OutputOf<S> = S extends Step<never, infer Output, never> ? Output : never;
export type OptionsOf<S> = S extends Step<never, unknown, infer Options> ? Options : never;

/** What a run gives every stage's context; all of it optional. */
export interface RunEnvironment {
  languages?: LanguageRegistry;
  ocrEngine?: OcrEngine;
  onProgress?: (stage: string, done: number, total: number) => void;
  /** The document's time budget (`timeBudget`) or a stop: every stage's `signal`. */
  signal?: AbortSignal;
  /** The source file's bytes (not plain data: never in job data; a worker reads its copy of the source). */
  sourceBytes?: Uint8Array;
}

const never = new AbortController().signal;

/**
 * Yields to the event loop at most every few milliseconds (a yield costs a macrotask, so one per
 * paragraph of a million would add up), then throws if the signal is aborted.
 */
export function checkpointFor(signal: AbortSignal): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last >= 20) {
      await new Promise((resolve) => setImmediate(resolve));
      last = performance.now();
    }
    signal.throwIfAborted();
  };
}

/**
 * A stage's context: the environment's languages and engine, progress tagged with the stage, and
 * diagnostics collected into `diagnostics` (which `runStep` moves into the next document it sees). A stage
 * function called on its own (tests, benchmarks) makes one with the defaults; its diagnostics then go
 * nowhere unless the caller passes the array.
 */
export function stageContext(stage: string, environment: RunEnvironment = {}, diagnostics: Diagnostic[] = []): StageContext {
  const signal = environment.signal ?? never;
  return {
    signal,
    checkpoint: checkpointFor(signal),
    languages: environment.languages ?? defaultLanguages,
    ...(environment.ocrEngine ? { ocrEngine: environment.ocrEngine } : {}),
    ...(environment.sourceBytes ? { sourceBytes: environment.sourceBytes } : {}),
    progress: (done, total) => environment.onProgress?.(stage, done, total),
    warn: (report) => diagnostics.push({ stage, ...report }),
  };
}

/**
 * Runs one step. Diagnostics reported while it runs wait in `pending` until a step returns a document,
 * then join that document's `warnings` in the order they were reported (steps before extraction have no
 * document to put them on yet).
 */
export async function runStep<Input, Output, Options>(
  step: Step<Input, Output, Options>,
  input: Input,
  options: Options,
  environment: RunEnvironment = {},
  pending: Diagnostic[] = [],
): Promise<Output> {
  environment.signal?.throwIfAborted();
  const output = await step.run(input, options, stageContext(step.name, environment, pending));
  return isDocument(output) && pending.length > 0 ? ({ ...output, warnings: [...output.warnings, ...pending.splice(0)] } as Output) : output;
}

function isDocument(value: unknown): value is UnDocument {
  return typeof value === 'object' && value !== null && 'schemaVersion' in value && 'warnings' in value;
}
