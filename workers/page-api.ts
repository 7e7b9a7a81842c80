import type { SourceFile } from '../pipeline/extract/index.ts';
import { backends } from '../pipeline/extract/index.ts';

export type { PagePlan } from '../pipeline/extract/index.ts';
export { assembleExtraction, chooseOcrLanguage, planPages } from '../pipeline/extract/index.ts';

/**
 * Whether the in-process extraction would read this file page by page (PDF, images): then the queue plans
 * the pages and fans the OCR out per page. Decided exactly as `extract` chooses its backend, so both paths
 * treat every file alike; text (and files no backend takes) is extracted whole.
 */
export function readsByPages(file: SourceFile): boolean {
  const backend = backends.find((candidate) => candidate.accepts(file));
  return backend !== undefined && backend.name !== 'text';
}
