import type { Job } from 'bullmq';
import { renderAll, writeRenderings } from '../../pipeline/runner/index.ts';
import type { DocumentJobData, StageResult } from '../job-data.ts';
import { outFolderOf, workFolderOf } from '../job-data.ts';
import { readStageDocument, toShared } from '../shared-folder.ts';

/**
 * Renders every output and swaps the document's folder in atomically: run twice (a retry after a crash),
 * it writes the same files again and no reader ever sees a half-written set.
 */
export function emitProcessor(lastStage: string) {
  return async (job: Job<DocumentJobData>): Promise<StageResult> => {
    const document = await readStageDocument(workFolderOf(job.data), lastStage);
    const folder = await writeRenderings(outFolderOf(job.data), job.data.name, await renderAll(document));
    return { stage: 'emit', folder: toShared(folder) };
  };
}
