import { readFile } from 'node:fs/promises';
import type { Job } from 'bullmq';
import { extract } from '../../pipeline/extract/index.ts';
import type { Extraction } from '../../pipeline/extract/index.ts';
import { newDocument } from '../../pipeline/runner/index.ts';
import type { DocumentJobData, StageResult } from '../job-data.ts';
import { ocrResultPath, planPath, sourceCopyOf, workFolderOf } from '../job-data.ts';
import type { PagePlan } from '../page-api.ts';
import { assembleExtraction } from '../page-api.ts';
import type { OcrPageResult } from '../../pipeline/ocr/index.ts';
import { readJson, writeStageDocument } from '../shared-folder.ts';

type StoredPlan = { mode: 'whole' } | { mode: 'pages'; plans: PagePlan[]; ocrPages: number[] };

/** Runs once the plan and every page OCR job are done: assembles the extraction into a new document. */
export async function extractProcessor(job: Job<DocumentJobData>): Promise<StageResult> {
  const data = job.data;
  const work = workFolderOf(data);
  const file = { name: data.input, bytes: new Uint8Array(await readFile(sourceCopyOf(data))) };
  const plan = await readJson<StoredPlan>(planPath(work));
  let extraction: Extraction;
  if (plan.mode === 'whole') {
    extraction = await extract(file, { ocr: data.ocr, lang: data.lang });
  } else {
    const ocrResults = await Promise.all(plan.ocrPages.map((page) => readJson<OcrPageResult>(ocrResultPath(work, page))));
    extraction = assembleExtraction(file, plan.plans, ocrResults);
  }
  await writeStageDocument(work, 'extract', newDocument(extraction, file.bytes, data.lang));
  return { stage: 'extract', pages: extraction.pages?.length };
}
