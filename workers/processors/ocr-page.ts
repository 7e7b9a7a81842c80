import { readFile } from 'node:fs/promises';
import type { SandboxedJob } from 'bullmq';
import { ocrStage, setSharedOcrWorkers } from '../../pipeline/ocr/index.ts';
import { stageContext } from '../../pipeline/stage.ts';
import { jobEnvironment } from '../environment.ts';
import { runJob } from '../failures.ts';
import type { PageJobData, StageResult } from '../job-data.ts';
import { ocrResultPath, sourceCopyOf, workFolderOf } from '../job-data.ts';
import { writeJson } from '../shared-folder.ts';

/**
 * The `ocr` stage's page step, one page per job, run in a sandboxed child process (CPU-heavy work inline
 * would block the lock renewal of every job of the worker). The OCR engine made on first use stays alive
 * between jobs of this child. The result (words and boxes: big) goes to the work folder; Redis gets the
 * page number. On SIGTERM BullMQ lets the current page finish, then the child exits (its tesseract threads
 * with it).
 */
// This child reads one page at a time (the worker's OCR concurrency is the number of children): one engine.
setSharedOcrWorkers(1);

export default async function ocrPageProcessor(job: SandboxedJob<PageJobData>): Promise<StageResult> {
  const data = job.data;
  return runJob(data.input, async () => {
    await job.updateProgress({ page: data.page, state: 'ocr' });
    await testHold();
    const bytes = new Uint8Array(await readFile(sourceCopyOf(data)));
    // The same step, in the language the plan job chose, as the in-process OCR stage runs per page.
    const result = await ocrStage.page({ name: data.input, bytes }, data.page, data.ocrLanguage, stageContext(ocrStage.name, jobEnvironment(job)));
    await writeJson(ocrResultPath(workFolderOf(data), data.page), result);
    return { stage: 'ocr', ocrPages: [data.page] };
  });
}

/**
 * Lets a test kill the OCR child in the middle of a page whatever the engine's speed (the tests replay
 * recorded OCR, which takes no time): UNLETTERS_TEST_HOLD_MS with UNLETTERS_TEST_HOLD_STAGE=ocr, as for
 * the in-process stages.
 */
async function testHold(): Promise<void> {
  const hold = Number(process.env.UNLETTERS_TEST_HOLD_MS);
  if (process.env.UNLETTERS_TEST_HOLD_STAGE !== 'ocr' || !Number.isFinite(hold) || hold <= 0) return;
  await new Promise((resolve) => setTimeout(resolve, hold));
}
