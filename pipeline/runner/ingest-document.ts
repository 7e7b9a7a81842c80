/**
 * One input through the whole pipeline with its limits: size checked before reading, the time budget
 * around every stage, the renderings written and the run's catalog told. The same function runs in the
 * runner's own thread and in a pool thread (`document-thread.ts`), so a document gets the same limits and
 * the same bytes wherever it runs.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { emitStage } from '../emit/index.ts';
import type { Diagnostic, UnDocument } from '../model/index.ts';
import { runStep, type RunEnvironment } from '../stage.ts';
import { documentStages, readingStages, type PipelineOptions } from '../stages.ts';
import { catalogEntry, recordInCatalog } from './catalog.ts';
import { budgetSignal, sizeProblem } from './limits.ts';
import { describeFailure } from './failures.ts';
import { renderingFiles, writeRenderings } from './outputs.ts';
import { runSteps } from './steps.ts';

export interface DocumentTask {
  /** The input as the run names it (in every line about it). */
  input: string;
  /** Where to read it: its path, or the bytes of a path that is not UTF-8. */
  location: string | Uint8Array;
  /** Output folder name, already made safe and claimed by the runner. */
  name: string;
  out: string;
  options: PipelineOptions;
}

export type DocumentTaskResult = { ok: true; folder: string; document: UnDocument } | { ok: false; error: string };

/**
 * `afterReading` runs once the document is read (planned, OCR'd, extracted), before repair: the runner
 * stops the OCR engine there after the last scan of a run, so that its workers' memory (hundreds of MB of
 * WebAssembly heaps) is not held while the lexicon loads and the editions are made.
 */
export async function ingestDocument(task: DocumentTask, environment: RunEnvironment = {}, afterReading?: () => Promise<void>): Promise<DocumentTaskResult> {
  const { input, options } = task;
  const location = typeof task.location === 'string' ? task.location : Buffer.from(task.location);
  const budget = budgetSignal(input, options.timeBudget);
  try {
    const tooBig = sizeProblem((await stat(location)).size, options.maxFileBytes);
    if (tooBig) throw new Error(`${input}: ${tooBig}`);
    const bytes = new Uint8Array(await readFile(location));
    const limited = { ...environment, signal: budget.signal };
    const pending: Diagnostic[] = [];
    const read = await runSteps(readingStages, { name: input, bytes }, options, limited, pending);
    await afterReading?.();
    const document = (await runSteps(documentStages, read, options, limited, pending)) as UnDocument;
    const renderings = await runStep(emitStage, document, options, { ...limited, sourceBytes: bytes });
    const folder = await writeRenderings(task.out, task.name, renderings);
    await recordInCatalog(task.out, catalogEntry(document, basename(folder), renderingFiles(folder, renderings)));
    return { ok: true, folder, document };
  } catch (error) {
    return { ok: false, error: describeFailure(input, error) };
  } finally {
    budget.dispose();
  }
}
