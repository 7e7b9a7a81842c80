import { rm } from 'node:fs/promises';
import { availableParallelism, hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Job, Processor, WorkerOptions } from 'bullmq';
import { Queue, Worker } from 'bullmq';
import { setSharedOcrWorkers, terminateOcr } from '../pipeline/ocr/index.ts';
import type { Stage } from '../pipeline/stage.ts';
import { documentStages, type PipelineOptions } from '../pipeline/stages.ts';
import type { QueueSettings } from './connection.ts';
import { queueSettings, workerConnection } from './connection.ts';
import { runJob } from './failures.ts';
import type { DocumentJobData, PageJobData, StageResult } from './job-data.ts';
import { workFolderOf } from './job-data.ts';
import { emitProcessor } from './processors/emit.ts';
import { extractProcessor } from './processors/extract.ts';
import { planProcessor } from './processors/plan.ts';
import { stageProcessor } from './processors/stage.ts';
import type { StageName } from './queues.ts';
import { DOCUMENT_STAGES, STAGE_NAMES, queueName, stageJobId } from './queues.ts';

export interface WorkerStartOptions {
  /** Stages to serve (default: all). */
  stages?: readonly StageName[];
  /** Jobs at once per stage; for OCR, the number of sandboxed child processes (default: cores). */
  concurrency?: number;
  settings?: Partial<QueueSettings>;
  /** Lock and stall-check timings (ms); lower them to take a dead worker's jobs back sooner. */
  lockDuration?: number;
  stalledInterval?: number;
  log?: (line: string) => void;
}

export interface RunningWorkers {
  workers: Worker[];
  /** Stops taking jobs, waits for the active ones to finish, then disconnects. */
  close(): Promise<void>;
}

const ocrProcessorFile = fileURLToPath(new URL('./processors/ocr-page-sandbox.js', import.meta.url));

/** Starts one BullMQ worker per chosen stage, each calling the same stage functions as the in-process runner. */
export async function startWorkers(options: WorkerStartOptions = {}): Promise<RunningWorkers> {
  const settings = queueSettings(options.settings);
  const connection = workerConnection(settings.url);
  const chosen = options.stages ?? STAGE_NAMES;
  const log = options.log ?? (() => {});
  const common: WorkerOptions = {
    // Recorded on every job it processes (`processedBy`): which machine and process did the work.
    name: `${hostname()}-${process.pid}`,
    connection,
    prefix: settings.prefix,
    lockDuration: options.lockDuration ?? numberFromEnvironment('UNLETTERS_LOCK_DURATION_MS') ?? 30_000,
    stalledInterval: options.stalledInterval ?? numberFromEnvironment('UNLETTERS_STALLED_INTERVAL_MS') ?? 30_000,
    // A job whose worker died twice is still worth a third try before it is declared failed.
    maxStalledCount: 2,
  };
  const ocrQueue = new Queue<PageJobData>(queueName('ocr'), { connection, prefix: settings.prefix });
  const emitQueue = new Queue<DocumentJobData>(queueName('emit'), { connection, prefix: settings.prefix });
  // This process OCRs only the plan job's probe page, one at a time (pages are read in the OCR children).
  setSharedOcrWorkers(1);
  const workers: Worker[] = [];
  for (const stage of chosen) {
    const concurrency = options.concurrency ?? (stage === 'ocr' ? availableParallelism() : 1);
    const worker =
      stage === 'ocr'
        ? new Worker<PageJobData, StageResult>(queueName(stage), ocrProcessorFile, { ...common, concurrency, useWorkerThreads: false })
        : new Worker<DocumentJobData, StageResult>(queueName(stage), inProcess(stage, documentProcessor(stage, settings.prefix, ocrQueue)), {
            ...common,
            concurrency,
          });
    worker.on('completed', (job: Job<DocumentJobData>) => void afterCompletion(stage, job, emitQueue).catch(() => {}));
    worker.on('failed', (job, error) => {
      log(`${stage} ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
      // A document whose last job failed for good keeps no work folder; submitting it again starts afresh.
      if (stage === 'emit' && job?.finishedOn) void rm(workFolderOf(job.data), { recursive: true, force: true }).catch(() => {});
    });
    // Connection errors while Redis restarts are expected; ioredis reconnects on its own.
    worker.on('error', (error) => log(`${stage} worker: ${error.message}`));
    workers.push(worker);
  }
  await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  return {
    workers,
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([ocrQueue.close(), emitQueue.close()]);
      // The plan job may have OCR'd a first page to choose the language: its engine threads must stop too.
      await terminateOcr();
    },
  };
}

/**
 * The processor of a document job. Plan, extract and emit move the source, the pages and the renderings;
 * every stage over the document reads the document the stage before it wrote.
 */
function documentProcessor(stage: StageName, prefix: string, ocrQueue: Queue<PageJobData>): Processor<DocumentJobData, StageResult> {
  if (stage === 'plan') return planProcessor({ prefix, ocrQueue });
  if (stage === 'extract') return extractProcessor;
  const index = documentStages.findIndex((candidate) => candidate.name === stage);
  const previous = (position: number) => (position > 0 ? documentStages[position - 1]!.name : 'extract');
  if (stage === 'emit') return emitProcessor(previous(documentStages.length));
  if (index < 0) throw new Error(`no processor for stage ${stage}`);
  return stageProcessor(documentStages[index] as Stage<PipelineOptions>, previous(index));
}

/** Bad input → UnrecoverableError; an optional hold lets tests kill a worker in the middle of a job. */
function inProcess(stage: StageName, processor: Processor<DocumentJobData, StageResult>): Processor<DocumentJobData, StageResult> {
  const hold = numberFromEnvironment('UNLETTERS_TEST_HOLD_MS');
  const holdStage = process.env.UNLETTERS_TEST_HOLD_STAGE;
  return async (job, token, signal) =>
    runJob(job.data.input, async () => {
      if (hold && (!holdStage || holdStage === stage)) await new Promise((resolve) => setTimeout(resolve, hold));
      return processor(job, token, signal);
    });
}

/** Per-document progress lives on the document's last job; the work folder goes once the outputs are written. */
async function afterCompletion(stage: StageName, job: Job<DocumentJobData>, emitQueue: Queue<DocumentJobData>): Promise<void> {
  if (stage === 'emit') {
    await rm(workFolderOf(job.data), { recursive: true, force: true });
    return;
  }
  if (stage === 'ocr') return;
  const root = await emitQueue.getJob(stageJobId('emit', job.data.documentKey));
  const step = (DOCUMENT_STAGES as readonly StageName[]).indexOf(stage) + 1;
  await root?.updateProgress({ stage, step, steps: DOCUMENT_STAGES.length });
}

function numberFromEnvironment(name: string): number | undefined {
  const value = process.env[name];
  return value && Number.isFinite(Number(value)) ? Number(value) : undefined;
}
