/**
 * Worker threads that each run whole documents (`document-thread.ts`), one thread per core: text letters
 * spend their time in JavaScript (repair, segmentation, entities, the editions), which one thread cannot
 * spread over two cores. piscina queues the documents and hands each to the next free thread.
 */
import type { DocumentTask, DocumentTaskResult } from './ingest-document.ts';

export interface DocumentPool {
  /** Number of threads: documents run at once. */
  threads: number;
  run(task: DocumentTask): Promise<DocumentTaskResult>;
  /** Stops the threads once their documents are done. */
  close(): Promise<void>;
}

export async function openDocumentPool(threads: number): Promise<DocumentPool> {
  // Loaded with the first pool: a run of one letter never pays for it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina<DocumentTask, DocumentTaskResult>({
    filename: new URL('./document-thread-entry.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
  });
  return {
    threads,
    run: (task) => pool.run(task),
    close: () => pool.close(),
  };
}
