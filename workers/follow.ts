import { rm } from 'node:fs/promises';
import { Queue } from 'bullmq';
import { escapeControls } from '../pipeline/runner/names.ts';
import type { QueueSettings } from './connection.ts';
import { producerConnection, queueSettings } from './connection.ts';
import type { SubmittedDocument } from './flow.ts';
import type { StageResult } from './job-data.ts';
import type { StageName } from './queues.ts';
import { DOCUMENT_STAGES, STAGE_NAMES, queueName, stageJobId } from './queues.ts';

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
  pollMilliseconds?: number;
  /**
   * Called after every poll with the finished count, the documents that finished since the last call, and
   * the last stage each unfinished document has passed (its progress).
   */
  onUpdate?: (done: number, total: number, finished: DocumentOutcome[], stageOf: Map<string, string>) => void;
  signal?: AbortSignal;
}

/**
 * Waits until every document's last job has completed or failed, polling its state. Redis going away for
 * a while (a restart) only delays the answer: failed polls are retried. A document whose last job is no
 * longer in Redis (a restart of a Redis without persistence, a flush) is lost: it is reported as such,
 * once two polls in a row miss it, and its work folder is removed; the others are still waited for.
 */
export async function followDocuments(documents: SubmittedDocument[], options: FollowOptions = {}): Promise<DocumentOutcome[]> {
  const settings = queueSettings(options.settings);
  const queues = openQueues(settings);
  const outcomes = new Map<string, DocumentOutcome>();
  const stageOf = new Map<string, string>();
  const pending = new Set(documents);
  const missing = new Map<string, number>();
  try {
    while (pending.size > 0 && !options.signal?.aborted) {
      const finished: DocumentOutcome[] = [];
      try {
        for (const document of [...pending]) {
          const root = await queues.get('emit')!.getJob(document.rootJobId);
          const state = root ? await root.getState() : 'unknown';
          if (state === 'unknown') {
            const misses = (missing.get(document.documentKey) ?? 0) + 1;
            missing.set(document.documentKey, misses);
            if (misses >= 2) {
              await rm(document.workFolder, { recursive: true, force: true }).catch(() => {});
              finished.push({ input: document.input, documentKey: document.documentKey, ok: false, lost: true, error: `${escapeControls(document.input)}: lost: its jobs are no longer in Redis (restarted without persistence, or flushed); submit it again` });
            }
            continue;
          }
          missing.delete(document.documentKey);
          if (state === 'completed') {
            const result = root!.returnvalue as StageResult | undefined;
            finished.push({ input: document.input, documentKey: document.documentKey, ok: true, ...(result?.folder ? { folder: result.folder } : {}) });
          } else if (state === 'failed') {
            const error = await failureReason(queues, document);
            finished.push({ input: document.input, documentKey: document.documentKey, ok: false, error });
          } else if (root?.progress && typeof root.progress === 'object' && 'stage' in root.progress) {
            stageOf.set(document.documentKey, String(root.progress.stage));
          }
        }
      } catch {
        // Redis unreachable (restarting): ask again on the next poll.
      }
      for (const outcome of finished) {
        outcomes.set(outcome.documentKey, outcome);
        stageOf.delete(outcome.documentKey);
        for (const document of pending) if (document.documentKey === outcome.documentKey) pending.delete(document);
      }
      options.onUpdate?.(outcomes.size, documents.length, finished, stageOf);
      if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, options.pollMilliseconds ?? 500));
    }
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
  return documents.map((document) => outcomes.get(document.documentKey) ?? { input: document.input, documentKey: document.documentKey, ok: false, error: `${document.input}: not finished` });
}

export function openQueues(settings: QueueSettings): Map<StageName, Queue> {
  const connection = producerConnection(settings.url);
  return new Map(STAGE_NAMES.map((stage) => [stage, quiet(new Queue(queueName(stage), { connection, prefix: settings.prefix }))]));
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
  for (const stage of DOCUMENT_STAGES) {
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
