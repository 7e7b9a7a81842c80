/**
 * One document through the whole pipeline in a pool thread (`document-pool.ts`), with the same limits and
 * writing as in the runner's own thread. Only plain data crosses the thread boundary: the task in, the
 * document and the folder (or the failure's one line) out.
 */
import { ingestDocument, type DocumentTask, type DocumentTaskResult } from './ingest-document.ts';

export default function processDocument(task: DocumentTask): Promise<DocumentTaskResult> {
  return ingestDocument(task);
}
