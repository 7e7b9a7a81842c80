import type { Job } from 'bullmq';
import type { Stage } from '../../pipeline/stage.ts';
import { runStep } from '../../pipeline/stage.ts';
import type { PipelineOptions } from '../../pipeline/stages.ts';
import { jobEnvironment } from '../environment.ts';
import type { DocumentJobData, StageResult } from '../job-data.ts';
import { workFolderOf } from '../job-data.ts';
import { readStageDocument, writeStageDocument } from '../shared-folder.ts';

/** A stage over the document (repair, segment, …): the document file in, the next one out, with the job's options. */
export function stageProcessor(stage: Stage<PipelineOptions>, previous: string) {
  return async (job: Job<DocumentJobData>, _token?: string, signal?: AbortSignal): Promise<StageResult> => {
    const work = workFolderOf(job.data);
    const document = await readStageDocument(work, previous);
    const next = await runStep(stage, document, job.data.options, jobEnvironment(job, signal));
    await writeStageDocument(work, stage.name, next);
    return { stage: stage.name };
  };
}
