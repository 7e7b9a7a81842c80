import { rm } from 'node:fs/promises';
import { Queue } from 'bullmq';
import { EventReader } from './event-reader.ts';
import { escapeControls } from '../pipeline/runner/names.ts';
import type { QueueSettings } from './connection.ts';
import { producerConnection, queueSettings, workerConnection } from './connection.ts';
import type { SubmittedDocument } from './flow.ts';
import type { StageResult } from './job-data.ts';
import type { StageName } from './queues.ts';
import { DOCUMENT_JOBS, QUEUE_NAMES, queueName, stageJobId } from './queues.ts';

export interface DocumentOutcome {
  input: string;
  documentKey: string;
  ok: boolean;
  /** Output folder (relative to the shared folder) when done. */
  folder?: string;
  /** One line naming the file and the problem, as the failing stage recorded it. */
  error?: string;
  /** Its jobs vanished from Redis before it finished. */
  lost?: boolean;
}

export interface FollowOptions {
  settings?: Partial<QueueSettings>;
  /**
   * Interval of the safety sweep (ms, default 30 s): the state of every unfinished document is read again
   * in case an event was missed. Documents are otherwise checked only when their last job reports an event.
   */
  pollMilliseconds?: number;
  /**
   * Called after every check with the finished count, the documents that finished since the last call, and
   * the last stage each unfinished document has passed (its progress).
   */
  onUpdate?: (done: number, total: number, finished: DocumentOutcome[], stageOf: Map<string, string>) => void;
  signal?: AbortSignal;
}

const SWEEP_MILLISECONDS = 30_000;

/**
 * Waits until every document's last job has completed or failed. The run is followed by the emit queue's
 * events (its Redis stream, read in batches by `EventReader`, at most one read every 200 ms): a completed last job's event
 * carries its result and a progress event its stage, so neither costs a read; a document is looked up only
 * when its last job fails. The follower's Redis traffic grows with the documents that finish, not with the
 * time they take. Every unfinished document is read once at the start (it may
 * have finished before we listened), after a reconnection, and in a slow safety sweep. Redis going away
 * for a while (a restart) only delays the answer: failed reads are retried. A document whose last job is
 * no longer in Redis (a restart of a Redis without persistence, a flush) is lost: once a second read a
 * second later misses it too, it is reported as such and its work folder removed; the others are still
 * waited for.
 */
export async function followDocuments(documents: SubmittedDocument[], options: FollowOptions = {}): Promise<DocumentOutcome[]> {
  const settings = queueSettings(options.settings);
  const queues = openQueues(settings);
  const events = new EventReader(queueName('emit'), { connection: workerConnection(settings.url), prefix: settings.prefix });
  const outcomes = new Map<string, DocumentOutcome>();
  const stageOf = new Map<string, string>();
  const pending = new Set(documents);
  const byRootJob = new Map(documents.map((document) => [document.rootJobId, document]));
  const missing = new Set<string>();
  const recheck: NodeJS.Timeout[] = [];
  // Documents an event named since the last check; `all` asks for a sweep of every pending document.
  const touched = new Set<SubmittedDocument>();
  let sweepAll = true;
  let wake: () => void = () => {};
  const touch = (jobId: string) => {
    const document = byRootJob.get(jobId);
    if (document && pending.has(document)) touched.add(document);
    wake();
  };
  // A completed last job says all there is to know (its result names the folder): no Redis read for it.
  const settled = new Map<SubmittedDocument, DocumentOutcome>();
  events.on('completed', ({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }) => {
    const document = byRootJob.get(jobId);
    if (!document || !pending.has(document)) return;
    const folder = (returnvalue as unknown as StageResult | undefined)?.folder;
    settled.set(document, { input: document.input, documentKey: document.documentKey, ok: true, ...(folder ? { folder } : {}) });
    wake();
  });
  // A failure is looked up (its reason may be a relay of an earlier stage's).
  events.on('failed', ({ jobId }: { jobId: string }) => touch(jobId));
  // Progress only moves the stage shown: nothing to read from Redis.
  let progressed = false;
  events.on('progress', ({ jobId, data }: { jobId: string; data: unknown }) => {
    const document = byRootJob.get(jobId);
    if (!document || !pending.has(document) || !data || typeof data !== 'object' || !('stage' in data)) return;
    stageOf.set(document.documentKey, String(data.stage));
    progressed = true;
    wake();
  });
  // Connection errors while Redis restarts are expected (ioredis reconnects); read everything again after.
  events.on('error', () => {
    sweepAll = true;
  });
  const sweep = setInterval(() => {
    sweepAll = true;
    wake();
  }, options.pollMilliseconds ?? SWEEP_MILLISECONDS);
  const onAbort = () => wake();
  options.signal?.addEventListener('abort', onAbort);
  try {
    await events.waitUntilReady().catch(() => {});
    while (pending.size > 0 && !options.signal?.aborted) {
      const woken = new Promise<void>((resolve) => (wake = resolve));
      const finished: DocumentOutcome[] = [...settled.values()];
      for (const document of settled.keys()) pending.delete(document);
      settled.clear();
      const toCheck = sweepAll ? [...pending] : [...touched].filter((document) => pending.has(document));
      sweepAll = false;
      touched.clear();
      const reportProgress = progressed;
      progressed = false;
      let unreachable = false;
      try {
        for (const document of toCheck) {
          const outcome = await documentOutcome(queues, document, stageOf, missing);
          if (outcome) finished.push(outcome);
          else if (missing.has(document.documentKey)) {
            recheck.push(
              setTimeout(() => {
                touched.add(document);
                wake();
              }, 1000),
            );
          }
        }
      } catch {
        // Redis unreachable (restarting): wait for the next sweep (never retry at once: failing commands
        // reject without yielding, which would starve the reconnection), then read every document again.
        unreachable = true;
      }
      for (const outcome of finished) {
        outcomes.set(outcome.documentKey, outcome);
        stageOf.delete(outcome.documentKey);
        for (const document of pending) if (document.documentKey === outcome.documentKey) pending.delete(document);
      }
      if (toCheck.length > 0 || finished.length > 0 || reportProgress) options.onUpdate?.(outcomes.size, documents.length, finished, stageOf);
      if (unreachable) {
        await woken;
        sweepAll = true;
      } else if (pending.size > 0 && touched.size === 0 && settled.size === 0 && !progressed && !sweepAll) await woken;
    }
  } finally {
    clearInterval(sweep);
    for (const timer of recheck) clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    await Promise.all([events.close(), ...[...queues.values()].map((queue) => queue.close())]);
  }
  return documents.map((document) => outcomes.get(document.documentKey) ?? { input: document.input, documentKey: document.documentKey, ok: false, error: `${document.input}: not finished` });
}

/**
 * Where one document stands: its outcome once its last job has completed or failed, else undefined (its
 * stage, when the last job reports one, goes into `stageOf`).
 */
export async function documentOutcome(
  queues: Map<StageName, Queue>,
  document: SubmittedDocument,
  stageOf: Map<string, string>,
  missing: Set<string> = new Set(),
): Promise<DocumentOutcome | undefined> {
  const root = await queues.get('emit')!.getJob(document.rootJobId);
  const state = root ? await root.getState() : 'unknown';
  // Missed twice in a row (`missing` remembers the first miss): lost, not in the middle of being written.
  if (state === 'unknown') {
    if (!missing.has(document.documentKey)) {
      missing.add(document.documentKey);
      return undefined;
    }
    missing.delete(document.documentKey);
    await rm(document.workFolder, { recursive: true, force: true }).catch(() => {});
    const error = `${escapeControls(document.input)}: lost: its jobs are no longer in Redis (restarted without persistence, or flushed); submit it again`;
    return { input: document.input, documentKey: document.documentKey, ok: false, lost: true, error };
  }
  missing.delete(document.documentKey);
  if (state === 'completed') {
    const result = root!.returnvalue as StageResult | undefined;
    return { input: document.input, documentKey: document.documentKey, ok: true, ...(result?.folder ? { folder: result.folder } : {}) };
  }
  if (state === 'failed') {
    const error = await failureReason(queues, document);
    return { input: document.input, documentKey: document.documentKey, ok: false, error };
  }
  if (root?.progress && typeof root.progress === 'object' && 'stage' in root.progress) stageOf.set(document.documentKey, String(root.progress.stage));
  return undefined;
}

export function openQueues(settings: QueueSettings): Map<StageName, Queue> {
  const connection = producerConnection(settings.url);
  return new Map(QUEUE_NAMES.map((queue) => [queue, quiet(new Queue(queueName(queue), { connection, prefix: settings.prefix }))]));
}

/**
 * Connection errors of a producer's queue are seen where its commands fail (and reported there in one
 * line); without a listener BullMQ would print each reconnection attempt's error with its stack.
 */
export function quiet<T extends { on(event: 'error', listener: (error: Error) => void): unknown }>(emitter: T): T {
  emitter.on('error', () => {});
  return emitter;
}

/**
 * The reason the document failed: a failing stage fails the stages after it with "child … failed", so the
 * first reason that is not such a relay is the real one (bad input, or the last error of a transient fault).
 */
export async function failureReason(queues: Map<StageName, Queue>, document: Pick<SubmittedDocument, 'input' | 'documentKey'>): Promise<string> {
  let relayed: string | undefined;
  for (const { name: stage } of DOCUMENT_JOBS) {
    const job = await queues.get(stage)!.getJob(stageJobId(stage, document.documentKey));
    const reason = job?.failedReason;
    if (!reason) continue;
    if (!reason.startsWith('child ')) return reason;
    relayed ??= reason;
    if (stage === 'extract') {
      // The extract job's failed children are page OCR jobs.
      const failedPages = await queues.get('ocr')!.getFailed();
      const page = failedPages.find((candidate) => candidate.data?.documentKey === document.documentKey && !candidate.failedReason.startsWith('child '));
      if (page) return page.failedReason;
    }
  }
  return relayed ? `${document.input}: ${relayed}` : `${document.input}: failed`;
}
