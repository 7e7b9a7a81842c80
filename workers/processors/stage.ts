import type { Job } from 'bullmq';
import type { Stage } from '../../pipeline/runner/index.ts';
import type { DocumentJobData, StageResult } from '../job-data.ts';
import { workFolderOf } from '../job-data.ts';
import { readStageDocument, writeStageDocument } from '../shared-folder.ts';

/** One of the runner's named stages (repair, segment, entities): document file in, document file out. */
export function stageProcessor(stage: Stage, previous: string) {
  return async (job: Job<DocumentJobData>): Promise<StageResult> => {
    const work = workFolderOf(job.data);
    const document = await readStageDocument(work, previous);
    const next = await stage.run(document, { ocr: job.data.ocr, lang: job.data.lang });
    await writeStageDocument(work, stage.name, next);
    return { stage: stage.name };
  };
}
