/**
 * One document through the whole pipeline in a pool thread (`document-pool.ts`): read, every stage, the
 * renderings written to the output folder. Only plain data crosses the thread boundary: the input path
 * and options in, the document and the folder (or the failure's one line) out.
 */
import { readFile } from 'node:fs/promises';
import type { UnDocument } from '../model/index.ts';
import { emitStage } from '../emit/index.ts';
import { runStep } from '../stage.ts';
import type { PipelineOptions } from '../stages.ts';
import { describeFailure, processSource, renderingFiles } from './index.ts';
import { writeRenderings } from './outputs.ts';
import { catalogEntry, recordInCatalog } from './catalog.ts';
import { basename } from 'node:path';

export interface DocumentTask {
  input: string;
  /** Output folder name, already made safe and claimed by the runner. */
  name: string;
  out: string;
  options: PipelineOptions;
}

export type DocumentTaskResult = { ok: true; folder: string; document: UnDocument } | { ok: false; error: string };

export default async function processDocument(task: DocumentTask): Promise<DocumentTaskResult> {
  try {
    const bytes = new Uint8Array(await readFile(task.input));
    const document = await processSource({ name: task.input, bytes }, task.options);
    const renderings = await runStep(emitStage, document, task.options);
    const folder = await writeRenderings(task.out, task.name, renderings);
    // The run's catalog, kept from this thread as from the runner and the workers (safe side by side).
    await recordInCatalog(task.out, catalogEntry(document, basename(folder), renderingFiles(folder, renderings)));
    return { ok: true, folder, document };
  } catch (error) {
    return { ok: false, error: describeFailure(task.input, error) };
  }
}
