import { readFile } from 'node:fs/promises';
import type { Job } from 'bullmq';
import { extractStage } from '../../pipeline/extract/index.ts';
import type { UnDocument } from '../../pipeline/model/index.ts';
import type { OcrPageResult } from '../../pipeline/ocr/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { runStep } from '../../pipeline/stage.ts';
import type { PipelineOptions } from '../../pipeline/stages.ts';
import { jobEnvironment } from '../environment.ts';
import type { DocumentJobData, StageResult } from '../job-data.ts';
import { ocrResultPath, planPath, sourceCopyOf, workFolderOf } from '../job-data.ts';
import { readJson, writeStageDocument } from '../shared-folder.ts';
import type { StoredPlan } from './stored-plan.ts';

/** What the extract job does around its stages: a hold before each (tests), a progress report after each. */
export interface StageHooks {
  before(stage: string): Promise<void>;
  passed(stage: string): void;
}

/**
 * Runs once the plan and every page OCR job are done: the `extract` stage creates the document, then every
 * stage over the document (`stages`: repair, segment, annex-language, entities) runs on it in turn, in this
 * job, as in-process. Only the last version of the document is written, for the emit job.
 */
export function extractProcessor(stages: readonly Stage<PipelineOptions>[], hooks: StageHooks) {
  return async (job: Job<DocumentJobData>, _token?: string, signal?: AbortSignal): Promise<StageResult> => {
    const data = job.data;
    const work = workFolderOf(data);
    const environment = jobEnvironment(job, signal);
    const file = { name: data.input, bytes: new Uint8Array(await readFile(sourceCopyOf(data))) };
    const { plans, ocrPages = [], diagnostics } = await readJson<StoredPlan>(planPath(work));
    const readings = await Promise.all(ocrPages.map((page) => readJson<OcrPageResult>(ocrResultPath(work, page))));
    let document: UnDocument = await runStep(extractStage, { file, ...(plans ? { plans } : {}), readings }, data.options, environment, diagnostics);
    hooks.passed(extractStage.name);
    for (const stage of stages) {
      await hooks.before(stage.name);
      document = await runStep(stage, document, data.options, environment);
      hooks.passed(stage.name);
    }
    await writeStageDocument(work, stages.at(-1)?.name ?? extractStage.name, document);
    return { stage: stages.at(-1)?.name ?? extractStage.name, pages: document.pages?.length };
  };
}
