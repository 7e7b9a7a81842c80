import type { QueueSettings } from './connection.ts';
import { queueSettings } from './connection.ts';
import { failureReason, openQueues } from './follow.ts';
import type { DocumentJobData } from './job-data.ts';
import { escapeControls } from '../pipeline/runner/names.ts';
import type { StageName } from './queues.ts';
import { DOCUMENT_JOBS, QUEUE_NAMES } from './queues.ts';

export const COUNTED_STATES = ['waiting-children', 'waiting', 'active', 'delayed', 'completed', 'failed'] as const;

export interface StageStatus {
  /** The queue: the first stage of the jobs it holds. */
  stage: StageName;
  /** The stages its jobs run. */
  stages: StageName[];
  counts: Record<(typeof COUNTED_STATES)[number], number>;
  workers: number;
  /** The latest failures, one line each. */
  failures: string[];
}

/** Job counts, live workers and recent failures of every queue (one per document job, and OCR pages). */
export async function queueStatus(overrides: Partial<QueueSettings> = {}, failuresPerStage = 5): Promise<StageStatus[]> {
  const queues = openQueues(queueSettings(overrides));
  try {
    const statuses: StageStatus[] = [];
    // A document's failure shows once, with its real reason, however many later stages relayed it.
    const shown = new Set<string>();
    for (const stage of QUEUE_NAMES) {
      const queue = queues.get(stage)!;
      const counts = (await queue.getJobCounts(...COUNTED_STATES)) as StageStatus['counts'];
      const workers = (await queue.getWorkers()).length;
      const failed = await queue.getFailed(0, failuresPerStage - 1);
      const failures: string[] = [];
      for (const job of failed) {
        const data = job.data as Partial<DocumentJobData> | undefined;
        if (data?.documentKey && shown.has(data.documentKey)) continue;
        if (data?.documentKey) shown.add(data.documentKey);
        let reason = job.failedReason ?? 'failed';
        if (reason.startsWith('child ') && data?.documentKey && data.input) reason = await failureReason(queues, data as DocumentJobData);
        const input = data?.input ? escapeControls(data.input) : undefined;
        failures.push(input && !reason.startsWith(input) ? `${input}: ${reason}` : reason);
      }
      statuses.push({ stage, stages: [...(DOCUMENT_JOBS.find((job) => job.name === stage)?.stages ?? [stage])], counts, workers, failures });
    }
    return statuses;
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
}

export function formatStatus(statuses: StageStatus[]): string {
  const header = ['stages', 'workers', ...COUNTED_STATES];
  const label = (status: StageStatus) => (status.stages.length > 1 ? `${status.stages[0]}…${status.stages.at(-1)}` : status.stage);
  const rows = statuses.map((status) => [label(status), String(status.workers), ...COUNTED_STATES.map((state) => String(status.counts[state] ?? 0))]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const failures = statuses.flatMap((status) => status.failures.map((reason) => `  ${status.stage}: ${reason}`));
  return [line(header), ...rows.map(line), ...(failures.length ? ['recent failures:', ...failures] : [])].join('\n');
}
