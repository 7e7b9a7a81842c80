import { UnrecoverableError } from 'bullmq';
import { describeFailure } from '../pipeline/runner/index.ts';
import { isInputError } from '../pipeline/errors.ts';

/**
 * Runs one job's work: bad input becomes an UnrecoverableError with the same one line, so BullMQ fails the
 * job at once (no retry) and keeps that line as its reason; anything else is thrown as is and retried.
 */
export async function runJob<T>(input: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isInputError(error)) throw new UnrecoverableError(describeFailure(input, error));
    throw error;
  }
}
