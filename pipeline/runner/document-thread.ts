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
import { describeFailure, processSource } from './index.ts';
import { writeRenderings } from './outputs.ts';

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
    return { ok: true, folder: await writeRenderings(task.out, task.name, renderings), document };
  } catch (error) {
    return { ok: false, error: describeFailure(task.input, error) };
  }
}
