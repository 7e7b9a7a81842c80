import { readFile } from 'node:fs/promises';
import type { Job, Queue } from 'bullmq';
import { planStage } from '../../pipeline/extract/index.ts';
import type { Diagnostic } from '../../pipeline/model/index.ts';
import { ocrStage } from '../../pipeline/ocr/index.ts';
import { runStep, stageContext } from '../../pipeline/stage.ts';
import { jobEnvironment } from '../environment.ts';
import type { DocumentJobData, PageJobData, StageResult } from '../job-data.ts';
import { ocrResultPath, planPath, sourceCopyOf, workFolderOf } from '../job-data.ts';
import { childJobOptions } from '../job-options.ts';
import { pageJobId, qualifiedQueueName, stageJobId } from '../queues.ts';
import { writeJson } from '../shared-folder.ts';
import type { StoredPlan } from './stored-plan.ts';

export interface PlanContext {
  prefix: string;
  ocrQueue: Queue<PageJobData>;
}

/**
 * Runs the `plan` stage, then the `ocr` stage's schedule (which pages, in which language), stores both in
 * the work folder, and adds one OCR job per page that needs it as a child of the document's extract job
 * (which therefore waits for them). Text files have no pages: the extract job reads them whole.
 */
export function planProcessor(context: PlanContext) {
  return async (job: Job<DocumentJobData>, _token?: string, signal?: AbortSignal): Promise<StageResult> => {
    const data = job.data;
    const work = workFolderOf(data);
    const file = { name: data.input, bytes: new Uint8Array(await readFile(sourceCopyOf(data))) };
    const environment = jobEnvironment(job, signal);
    const diagnostics: Diagnostic[] = [];
    const planned = await runStep(planStage, file, data.options, environment, diagnostics);
    if (!planned.plans) {
      await writeJson(planPath(work), { diagnostics } satisfies StoredPlan);
      return { stage: 'plan' };
    }
    // The OCR language is chosen once, here, exactly as in-process; a page read while choosing is kept.
    const { lang, pages, probe } = await ocrStage.schedule(planned, data.options, stageContext(ocrStage.name, environment, diagnostics));
    if (probe) await writeJson(ocrResultPath(work, probe.page.number), probe);
    await writeJson(planPath(work), { plans: planned.plans, ocrPages: pages, diagnostics } satisfies StoredPlan);
    // Added while this job is still active, so the extract job is still waiting for its children. Ids are
    // fixed per page: a retried plan adds nothing twice.
    const parent = { id: stageJobId('extract', data.documentKey), queue: qualifiedQueueName(context.prefix, 'extract') };
    await context.ocrQueue.addBulk(
      pages.filter((page) => page !== probe?.page.number).map((page) => ({
        name: 'ocr-page',
        data: { ...data, ocrLanguage: lang, page },
        opts: { ...childJobOptions(), jobId: pageJobId(data.documentKey, page), parent },
      })),
    );
    return { stage: 'plan', pages: planned.plans.length, ocrPages: pages };
  };
}
