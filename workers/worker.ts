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
import { budgetSignal, escapeControls } from '../pipeline/runner/index.ts';
import { describeRedisError, scrub } from './redis-check.ts';
import { quiet } from './follow.ts';
import { warmUp } from './warm-up.ts';
import { MMAP_THRESHOLD } from './malloc-threshold.js';
import type { DocumentJobData, PageJobData, StageResult } from './job-data.ts';
import { workFolderOf } from './job-data.ts';
import { emitProcessor } from './processors/emit.ts';
import { extractProcessor } from './processors/extract.ts';
import { planProcessor } from './processors/plan.ts';
import type { DocumentJob, StageName } from './queues.ts';
import { DOCUMENT_JOBS, DOCUMENT_STAGES, QUEUE_NAMES, STAGE_NAMES, queueName, stageJobId } from './queues.ts';

export interface WorkerStartOptions {
  /** Stages to serve (default: all); the stages that run in one job (`DOCUMENT_JOBS`) are served together. */
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

export const DEFAULT_LOCK_DURATION = 10_000;
export const DEFAULT_STALLED_INTERVAL = 5000;

const ocrProcessorFile = fileURLToPath(new URL('./processors/ocr-page-sandbox.js', import.meta.url));

/**
 * The OCR children's environment: this one, with glibc's malloc mmap threshold fixed (unless set already), so
 * that the megabyte-sized buffers of each page go back to the system when freed instead of staying in malloc's
 * heaps (`bin/malloc-relaunch.js` says why; it does the same for `ingest`).
 */
export function ocrChildEnvironment(environment: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...environment, MALLOC_MMAP_THRESHOLD_: environment.MALLOC_MMAP_THRESHOLD_ ?? MMAP_THRESHOLD };
}

/** Starts one BullMQ worker per chosen stage, each calling the same stage functions as the in-process runner. */
export async function startWorkers(options: WorkerStartOptions = {}): Promise<RunningWorkers> {
  const settings = queueSettings(options.settings);
  const connection = workerConnection(settings.url);
  const served = servedQueues(options.stages ?? STAGE_NAMES);
  const log = options.log ?? (() => {});
  await warmUp(served.flatMap((queue) => jobNamed(queue)?.stages ?? [queue]));
  const common: WorkerOptions = {
    // Recorded on every job it processes (`processedBy`): which machine and process did the work.
    name: `${hostname()}-${process.pid}`,
    connection,
    prefix: settings.prefix,
    // A dead worker's job is taken back at most lockDuration + stalledInterval after its last lock renewal
    // (every lockDuration / 2): under 15 s. Short locks are safe because no stage holds the event loop for
    // long: CPU-heavy stages yield between pieces (`context.checkpoint`), OCR runs in child processes and
    // the lexicons are loaded before the first job is taken.
    lockDuration: options.lockDuration ?? numberFromEnvironment('UNLETTERS_LOCK_DURATION_MS') ?? DEFAULT_LOCK_DURATION,
    stalledInterval: options.stalledInterval ?? numberFromEnvironment('UNLETTERS_STALLED_INTERVAL_MS') ?? DEFAULT_STALLED_INTERVAL,
    // A job whose worker died twice is still worth a third try before it is declared failed.
    maxStalledCount: 2,
  };
  const ocrQueue = quiet(new Queue<PageJobData>(queueName('ocr'), { connection, prefix: settings.prefix }));
  const emitQueue = quiet(new Queue<DocumentJobData>(queueName('emit'), { connection, prefix: settings.prefix }));
  // Queues to look a job up by id (to name its input in a log line), opened when first needed.
  const lookups = new Map<StageName, Queue>([['ocr', ocrQueue], ['emit', emitQueue]]);
  const lookupQueue = (stage: StageName): Queue => {
    if (!lookups.has(stage)) lookups.set(stage, quiet(new Queue(queueName(stage), { connection, prefix: settings.prefix })));
    return lookups.get(stage)!;
  };
  // This process OCRs only the plan job's probe page, one at a time (pages are read in the OCR children).
  setSharedOcrWorkers(1);
  const workers: Worker[] = [];
  const hooks = stageHooks(emitQueue);
  for (const stage of served) {
    const concurrency = options.concurrency ?? (stage === 'ocr' ? availableParallelism() : 1);
    const worker =
      stage === 'ocr'
        ? new Worker<PageJobData, StageResult>(queueName(stage), ocrProcessorFile, { ...common, concurrency, useWorkerThreads: false, workerForkOptions: { env: ocrChildEnvironment() } })
        : new Worker<DocumentJobData, StageResult>(queueName(stage), inProcess(stage, hooks, documentProcessor(jobNamed(stage)!, settings.prefix, ocrQueue, hooks)), {
            ...common,
            concurrency,
          });
    // The work folder goes once the outputs are written.
    if (stage === 'emit') worker.on('completed', (job: Job<DocumentJobData>) => void rm(workFolderOf(job.data), { recursive: true, force: true }).catch(() => {}));
    worker.on('failed', (job, error) => {
      log(jobLine(stage, job, `failed (attempt ${job?.attemptsMade ?? '?'}${job?.finishedOn ? ', for good' : ', will be retried'}): ${withoutInput(error.message, job?.data.input)}`));
      // A document whose last job failed for good keeps no work folder; submitting it again starts afresh.
      if (stage === 'emit' && job?.finishedOn) void rm(workFolderOf(job.data), { recursive: true, force: true }).catch(() => {});
    });
    worker.on('stalled', (jobId) => {
      const line = (job?: Job) => log(jobLine(stage, job, 'stalled (its worker died or was blocked): taken up again'));
      void lookupQueue(stage)
        .getJob(jobId)
        .then((job) => line(job ?? ({ id: jobId, data: {} } as Job)))
        .catch(() => line({ id: jobId, data: {} } as Job));
    });
    // Connection errors while Redis restarts are expected; ioredis reconnects on its own. One line per
    // kind of error and minute, not one per reconnection attempt.
    worker.on('error', (error) => throttled(`${stage} worker: ${scrub(describeRedisError(error))}`, log));
    workers.push(worker);
  }
  await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  return {
    workers,
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([...lookups.values()].map((queue) => queue.close()));
      // The plan job may have OCR'd a first page to choose the language: its engine threads must stop too.
      await terminateOcr();
    },
  };
}

/** The queues that serve the chosen stages: a document job's queue when any of its stages is chosen. */
function servedQueues(chosen: readonly StageName[]): StageName[] {
  return QUEUE_NAMES.filter((queue) => (jobNamed(queue)?.stages ?? [queue]).some((stage) => chosen.includes(stage)));
}

function jobNamed(name: StageName): DocumentJob | undefined {
  return DOCUMENT_JOBS.find((job) => job.name === name);
}

/**
 * The processor of a document job. Plan, extract and emit move the source, the pages and the renderings;
 * the extract job also runs every stage over the document, in memory, and writes the last version.
 */
function documentProcessor(job: DocumentJob, prefix: string, ocrQueue: Queue<PageJobData>, hooks: JobHooks): Processor<DocumentJobData, StageResult> {
  const previous = DOCUMENT_JOBS[DOCUMENT_JOBS.indexOf(job) - 1];
  if (job.name === 'plan') {
    const plan = planProcessor({ prefix, ocrQueue });
    return async (bullJob, token, signal) => {
      const result = await plan(bullJob, token, signal);
      hooks.passed('plan', bullJob.data);
      return result;
    };
  }
  if (job.name === 'extract') {
    const following = job.stages.slice(1).map((name) => documentStages.find((stage) => stage.name === name));
    if (following.some((stage) => !stage)) throw new Error(`no processor for the stages ${job.stages.join(', ')}`);
    return (bullJob, token, signal) =>
      extractProcessor(following as Stage<PipelineOptions>[], { before: hooks.before, passed: (stage) => hooks.passed(stage, bullJob.data) })(bullJob, token, signal);
  }
  if (job.name === 'emit' && previous) return emitProcessor(previous.stages.at(-1)!);
  throw new Error(`no processor for the job ${job.name}`);
}

interface JobHooks {
  /** Before a stage: the tests' hold (UNLETTERS_TEST_HOLD_MS, UNLETTERS_TEST_HOLD_STAGE), else nothing. */
  before(stage: string): Promise<void>;
  /** After a stage: the document's progress, on its last job (`{ stage, step, steps }`). */
  passed(stage: string, data: DocumentJobData): void;
}

function stageHooks(emitQueue: Queue<DocumentJobData>): JobHooks {
  const hold = numberFromEnvironment('UNLETTERS_TEST_HOLD_MS');
  const holdStage = process.env.UNLETTERS_TEST_HOLD_STAGE;
  return {
    async before(stage) {
      if (hold && (!holdStage || holdStage === stage)) await new Promise((resolve) => setTimeout(resolve, hold));
    },
    passed(stage, data) {
      const step = (DOCUMENT_STAGES as readonly string[]).indexOf(stage) + 1;
      // Written straight onto the last job by its id (no read of the job first), without waiting: progress
      // is advisory, a lost update must not hold or fail the work.
      void emitQueue.updateJobProgress(stageJobId('emit', data.documentKey), { stage, step, steps: DOCUMENT_STAGES.length }).catch(() => {});
    },
  };
}

/** Bad input → UnrecoverableError; an optional hold lets tests kill a worker in the middle of a job. */
function inProcess(stage: StageName, hooks: JobHooks, processor: Processor<DocumentJobData, StageResult>): Processor<DocumentJobData, StageResult> {
  return async (job, token, signal) => {
    // Each job has the document's time budget; a stop of the job (BullMQ's signal) stops the stage too.
    const budget = budgetSignal(job.data.input, job.data.options.timeBudget);
    try {
      return await runJob(job.data.input, async () => {
        await hooks.before(stage);
        return processor(job, token, signal ? AbortSignal.any([budget.signal, signal]) : budget.signal);
      });
    } finally {
      budget.dispose();
    }
  };
}

/** A job's log line names its input first, so that a line in a long log says which document it is about. */
function jobLine(stage: StageName, job: Job | undefined, what: string): string {
  const page = job?.data && 'page' in job.data ? ` page ${(job.data as PageJobData).page}` : '';
  return `${job?.data?.input ? `${escapeControls(job.data.input)}: ` : ''}${stage}${page} job ${job?.id ?? '?'} ${what}`;
}

function withoutInput(message: string, input: string | undefined): string {
  return input && message.startsWith(`${input}: `) ? message.slice(input.length + 2) : message;
}

const lastLogged = new Map<string, number>();
function throttled(line: string, log: (line: string) => void): void {
  const now = Date.now();
  if ((lastLogged.get(line) ?? 0) > now - 60_000) return;
  lastLogged.set(line, now);
  log(line);
}

function numberFromEnvironment(name: string): number | undefined {
  const value = process.env[name];
  return value && Number.isFinite(Number(value)) ? Number(value) : undefined;
}
