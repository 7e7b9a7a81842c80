import { readFile } from 'node:fs/promises';
import type { Job, Queue } from 'bullmq';
import type { DocumentJobData, PageJobData, StageResult } from '../job-data.ts';
import { ocrResultPath, planPath, sourceCopyOf, workFolderOf } from '../job-data.ts';
import { childJobOptions } from '../job-options.ts';
import { chooseOcrLanguage, planPages, readsByPages } from '../page-api.ts';
import { pageJobId, qualifiedQueueName, stageJobId } from '../queues.ts';
import { writeJson } from '../shared-folder.ts';

export interface PlanContext {
  prefix: string;
  ocrQueue: Queue<PageJobData>;
}

/**
 * Decides, per page, between the text layer and OCR, stores the plan in the work folder, and adds one OCR
 * job per page that needs it as a child of the document's extract job (which therefore waits for them).
 * Text files have no pages: the extract job reads them whole.
 */
export function planProcessor(context: PlanContext) {
  return async (job: Job<DocumentJobData>): Promise<StageResult> => {
    const data = job.data;
    const work = workFolderOf(data);
    const file = { name: data.input, bytes: new Uint8Array(await readFile(sourceCopyOf(data))) };
    if (!readsByPages(file)) {
      await writeJson(planPath(work), { mode: 'whole' });
      return { stage: 'plan' };
    }
    const options = { ...(data.ocr ? { ocr: data.ocr } : {}), ...(data.lang ? { lang: data.lang } : {}) };
    const plans = await planPages(file, options);
    const ocrPages = plans.filter((plan) => plan.decision === 'ocr').map((plan) => plan.number);
    // The OCR language is chosen once, here, exactly as in-process; a page read while choosing is kept.
    const { lang, probe } = await chooseOcrLanguage(file, plans, options);
    if (probe) await writeJson(ocrResultPath(work, probe.page.number), probe);
    await writeJson(planPath(work), { mode: 'pages', plans, ocrPages });
    // Added while this job is still active, so the extract job is still waiting for its children. Ids are
    // fixed per page: a retried plan adds nothing twice.
    const parent = { id: stageJobId('extract', data.documentKey), queue: qualifiedQueueName(context.prefix, 'extract') };
    await context.ocrQueue.addBulk(
      ocrPages.filter((page) => page !== probe?.page.number).map((page) => ({
        name: 'ocr-page',
        data: { ...data, lang, page },
        opts: { ...childJobOptions(), jobId: pageJobId(data.documentKey, page), parent },
      })),
    );
    return { stage: 'plan', pages: plans.length, ocrPages };
  };
}
