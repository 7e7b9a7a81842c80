import type { JobsOptions } from 'bullmq';

const day = 24 * 3600;

/**
 * Every job but a document's last: transient faults are retried with backoff; a failure fails the parent
 * (otherwise it would wait for ever); finished jobs are dropped after a while so Redis stays small.
 */
export function childJobOptions(): JobsOptions {
  return {
    attempts: 4,
    backoff: { type: 'exponential', delay: 1000 },
    failParentOnFailure: true,
    removeOnComplete: { age: 3600 },
    removeOnFail: { age: 7 * day },
  };
}

/** A document's last job (emit) is kept a week: it is what tells a re-submission the document is done. */
export function rootJobOptions(): JobsOptions {
  return {
    attempts: 4,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { age: 7 * day },
    removeOnFail: { age: 7 * day },
  };
}
