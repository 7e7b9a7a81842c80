import { InputError } from '../errors.ts';
import { megabytes } from '../sizes.ts';

/** Limits of one document's run: what keeps one hostile or huge input from holding up every other one. */
export interface DocumentLimits {
  /** Seconds a document may take, all stages together (in the queue: each job); then it stops with one line. */
  timeBudget?: number;
  /** Largest input file, in bytes: a bigger one is refused before it is read. */
  maxFileBytes?: number;
}

export const DEFAULT_TIME_BUDGET_SECONDS = 1800;
export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * The signal of one document's time budget: aborted with the document's one-line error when the budget
 * is spent, so that the stage that checks it next stops with that line. `dispose` clears the timer.
 */
export function budgetSignal(input: string, seconds = DEFAULT_TIME_BUDGET_SECONDS): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const spent = () => controller.abort(new InputError(input, `stopped: over the time budget of ${seconds} s per document (--time-budget)`));
  const timer = setTimeout(spent, seconds * 1000);
  timer.unref();
  // A timer fires only when the event loop turns, and a short letter in a warm thread can run every stage
  // without turning it: so the signal also reads the clock each time a stage asks whether it is aborted.
  const deadline = performance.now() + seconds * 1000;
  const { signal } = controller;
  const throwIfAborted = signal.throwIfAborted.bind(signal);
  Object.defineProperty(signal, 'throwIfAborted', {
    value: () => {
      if (!signal.aborted && performance.now() >= deadline) spent();
      throwIfAborted();
    },
  });
  return { signal, dispose: () => clearTimeout(timer) };
}

/** The one line for a file over the size limit, or nothing. */
export function sizeProblem(size: number, maxFileBytes = DEFAULT_MAX_FILE_BYTES): string | undefined {
  if (size <= maxFileBytes) return undefined;
  return `${megabytes(size)} is over the size limit of ${megabytes(maxFileBytes)} (--max-size)`;
}

