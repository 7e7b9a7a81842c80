import { readFile } from 'node:fs/promises';
import type { Job } from 'bullmq';
import { extractStage } from '../../pipeline/extract/index.ts';
import type { OcrPageResult } from '../../pipeline/ocr/index.ts';
import { runStep } from '../../pipeline/stage.ts';
import { jobEnvironment } from '../environment.ts';
import type { DocumentJobData, StageResult } from '../job-data.ts';
import { ocrResultPath, planPath, sourceCopyOf, workFolderOf } from '../job-data.ts';
import { readJson, writeStageDocument } from '../shared-folder.ts';
import type { StoredPlan } from './stored-plan.ts';

/** Runs once the plan and every page OCR job are done: the `extract` stage creates the document. */
export async function extractProcessor(job: Job<DocumentJobData>, _token?: string, signal?: AbortSignal): Promise<StageResult> {
  const data = job.data;
  const work = workFolderOf(data);
  const file = { name: data.input, bytes: new Uint8Array(await readFile(sourceCopyOf(data))) };
  const { plans, ocrPages = [], diagnostics } = await readJson<StoredPlan>(planPath(work));
  const readings = await Promise.all(ocrPages.map((page) => readJson<OcrPageResult>(ocrResultPath(work, page))));
  const document = await runStep(extractStage, { file, ...(plans ? { plans } : {}), readings }, data.options, jobEnvironment(job, signal), diagnostics);
  await writeStageDocument(work, 'extract', document);
  return { stage: 'extract', pages: document.pages?.length };
}
