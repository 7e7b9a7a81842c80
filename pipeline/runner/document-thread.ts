/**
 * Documents through the whole pipeline in a pool thread (`document-pool.ts`), with the same limits and
 * writing as in the runner's own thread. Only plain data crosses the thread boundary: the tasks in, each
 * document and its folder (or the failure's one line) out.
 */
import { takeNext, type SharedDocuments, type ThreadMessage } from './document-pool.ts';
import { ingestDocument } from './ingest-document.ts';

export default async function processDocuments({ tasks, claims, port }: SharedDocuments): Promise<void> {
  const tell = (message: ThreadMessage) => port.postMessage(message);
  for (let index = takeNext(claims); index < tasks.length; index = takeNext(claims)) {
    tell({ index, started: true });
    tell({ index, result: await ingestDocument(tasks[index]!) });
  }
  tell({ done: true });
  port.close();
}
