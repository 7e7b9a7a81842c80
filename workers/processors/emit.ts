import type { Job } from 'bullmq';
import { emitStage } from '../../pipeline/emit/index.ts';
import { writeRenderings } from '../../pipeline/runner/index.ts';
import { runStep } from '../../pipeline/stage.ts';
import { jobEnvironment } from '../environment.ts';
import type { DocumentJobData, StageResult } from '../job-data.ts';
import { outFolderOf, workFolderOf } from '../job-data.ts';
import { readStageDocument, toShared } from '../shared-folder.ts';

/**
 * Renders every output and swaps the document's folder in atomically: run twice (a retry after a crash),
 * it writes the same files again and no reader ever sees a half-written set.
 */
export function emitProcessor(lastStage: string) {
  return async (job: Job<DocumentJobData>, _token?: string, signal?: AbortSignal): Promise<StageResult> => {
    const document = await readStageDocument(workFolderOf(job.data), lastStage);
    const renderings = await runStep(emitStage, document, job.data.options, jobEnvironment(job, signal));
    const folder = await writeRenderings(outFolderOf(job.data), job.data.name, renderings);
    return { stage: 'emit', folder: toShared(folder) };
  };
}
