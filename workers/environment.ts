import type { Job, SandboxedJob } from 'bullmq';
import type { RunEnvironment } from '../pipeline/stage.ts';

/**
 * What a stage's context gets in a worker: its progress goes on its job (`{ stage, done, total }`); the
 * signal is the job's time budget.
 */
export function jobEnvironment(job: Pick<Job | SandboxedJob, 'updateProgress'>, signal?: AbortSignal): RunEnvironment {
  return {
    ...(signal ? { signal } : {}),
    onProgress: (stage, done, total) => {
      // Progress is advisory: a lost update must not fail the work.
      void Promise.resolve(job.updateProgress({ stage, done, total })).catch(() => {});
    },
  };
}
