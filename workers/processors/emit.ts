import type { Job } from 'bullmq';
import { emitStage } from '../../pipeline/emit/index.ts';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { catalogEntry, recordInCatalog, renderingFiles, writeRenderings } from '../../pipeline/runner/index.ts';
import { runStep } from '../../pipeline/stage.ts';
import { jobEnvironment } from '../environment.ts';
import type { DocumentJobData, StageResult } from '../job-data.ts';
import { outFolderOf, sourceCopyOf, workFolderOf } from '../job-data.ts';
import { readStageDocument, toShared } from '../shared-folder.ts';

/**
 * Renders every output and swaps the document's folder in atomically, then records the edition in the
 * output folder's catalog: run twice (a retry after a crash), it writes the same files again, no reader
 * ever sees a half-written set, and the catalog keeps one entry per folder.
 */
export function emitProcessor(lastStage: string) {
  return async (job: Job<DocumentJobData>, _token?: string, signal?: AbortSignal): Promise<StageResult> => {
    const document = await readStageDocument(workFolderOf(job.data), lastStage);
    // The copy of the source taken at submission: the edition of a scan carries it.
    const sourceBytes = new Uint8Array(await readFile(sourceCopyOf(job.data)));
    const renderings = await runStep(emitStage, document, job.data.options, { ...jobEnvironment(job, signal), sourceBytes });
    const folder = await writeRenderings(outFolderOf(job.data), job.data.name, renderings);
    // The catalog of the output folder, kept by every worker that writes into it (safe side by side).
    await recordInCatalog(outFolderOf(job.data), catalogEntry(document, basename(folder), renderingFiles(folder, renderings)));
    return { stage: 'emit', folder: toShared(folder) };
  };
}
