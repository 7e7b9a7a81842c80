/**
 * Worker threads that each run whole documents (`document-thread.ts`), one thread per core: text letters
 * spend their time in JavaScript (repair, segmentation, entities, the editions), which one thread cannot
 * spread over two cores.
 *
 * Each thread takes its next document itself, from a counter shared by every thread of the run (the
 * runner's own thread included), and tells the runner each result as it goes. Handed out by the runner's
 * thread instead, a document waited for that thread to finish the stretch of its own letter it was running:
 * the pool thread was idle a fifth of the time.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { DocumentTask, DocumentTaskResult } from './ingest-document.ts';

/** The documents a run shares between its threads, as a pool thread receives them. */
export interface SharedDocuments {
  tasks: DocumentTask[];
  /** Holds the index of the next document to take (see `takeNext`). */
  claims: Int32Array;
  /** Where the thread tells of each document it takes and of its result, then that it is done. */
  port: MessagePort;
}

export type ThreadMessage = { index: number; started: true } | { index: number; result: DocumentTaskResult } | { done: true };

/** A counter of taken documents every thread of the run can read and advance at once. */
export function sharedClaims(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** The index of the next document no thread has taken (at least the number of documents when none is left). */
export function takeNext(claims: Int32Array): number {
  return Atomics.add(claims, 0, 1);
}

export interface SharedHandlers {
  onStarted(index: number): void;
  onResult(index: number, result: DocumentTaskResult): void;
  /** The thread running the document stopped (out of memory, a failed start-up) before it gave a result. */
  onThreadFailed(index: number, error: unknown): void;
}

export interface DocumentPool {
  /** Number of threads: documents run at once. */
  threads: number;
  /** Every thread takes documents of `tasks` through `claims` until none is left; resolves when all are done. */
  share(tasks: DocumentTask[], claims: Int32Array, handlers: SharedHandlers): Promise<void>;
  /** Stops the threads once their documents are done. */
  close(): Promise<void>;
}

export async function openDocumentPool(threads: number): Promise<DocumentPool> {
  // Loaded with the first pool: a run of one letter never pays for it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina<SharedDocuments, void>({
    filename: new URL('./document-thread-entry.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
  });
  const runThread = (tasks: DocumentTask[], claims: Int32Array, handlers: SharedHandlers) =>
    new Promise<void>((resolve) => {
      const { port1, port2 } = new MessageChannel();
      const unfinished = new Set<number>();
      port1.on('message', (message: ThreadMessage) => {
        if ('done' in message) {
          port1.close();
          resolve();
        } else if ('started' in message) {
          unfinished.add(message.index);
          handlers.onStarted(message.index);
        } else {
          unfinished.delete(message.index);
          handlers.onResult(message.index, message.result);
        }
      });
      // The documents left untaken go to the other threads; the one this thread held fails in its one line.
      // (piscina's type for the list reads the last overload of Node's postMessage, an options object.)
      pool.run({ tasks, claims, port: port2 }, { transferList: [port2] as never }).catch((error: unknown) => {
        port1.close();
        for (const index of unfinished) handlers.onThreadFailed(index, error);
        resolve();
      });
    });
  return {
    threads,
    share: async (tasks, claims, handlers) => {
      await Promise.all(Array.from({ length: threads }, () => runThread(tasks, claims, handlers)));
    },
    close: () => pool.close(),
  };
}
