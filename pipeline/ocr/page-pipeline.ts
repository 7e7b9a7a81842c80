/**
 * The pages of one document through OCR as a bounded pipeline: pages are rendered and cleaned one after
 * another on this thread, in page order, while the engine's workers recognize the pages prepared before
 * them. At most `ahead` pages are held at once (prepared and not yet recognized), so memory stays the same
 * whatever the page count, and rendering the next page overlaps the recognition of the previous ones.
 */
import type { PreparedPage } from './page.ts';

export interface PagePipelineSteps<Result> {
  /** Renders and cleans a page; called for one page at a time, in order. */
  prepare(pageNumber: number): Promise<PreparedPage>;
  /** Recognizes a prepared page; called as soon as the page is prepared, several at a time. */
  read(prepared: PreparedPage): Promise<Result>;
}

/** A counting semaphore: `take` waits for a free slot, `give` frees one. */
function slots(count: number): { take(): Promise<void>; give(): void } {
  let free = count;
  const waiting: (() => void)[] = [];
  return {
    take: () => {
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    give: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}

/**
 * Runs `pages` through prepare then read with at most `ahead` pages held at a time; the results come back
 * in the order of `pages`. A failure stops preparing further pages and rejects with the first error.
 */
export async function runPagePipeline<Result>(pages: readonly number[], steps: PagePipelineSteps<Result>, ahead: number): Promise<Result[]> {
  const held = slots(Math.max(1, ahead));
  let failed = false;
  const readings: Promise<Result>[] = [];
  for (const number of pages) {
    await held.take();
    if (failed) break;
    let prepared: PreparedPage;
    try {
      prepared = await steps.prepare(number);
    } catch (error) {
      failed = true;
      readings.push(Promise.reject(error));
      break;
    }
    const reading = steps.read(prepared).finally(() => held.give());
    reading.catch(() => {
      failed = true;
    });
    readings.push(reading);
  }
  return Promise.all(readings);
}
