/**
 * The queues, one per stage of the pipeline (`pipeline/stages.ts`), in its order. `plan` decides per page
 * whether OCR is needed and adds the `ocr` page jobs as children of the document's `extract` job.
 */
import { ocrStage } from '../pipeline/ocr/index.ts';
import { STAGE_NAMES, type StageName } from '../pipeline/stages.ts';

export { isStageName, STAGE_NAMES, type StageName } from '../pipeline/stages.ts';

/** The stages one document job goes through: every stage but OCR, which runs as one job per page. */
export const DOCUMENT_STAGES: readonly StageName[] = STAGE_NAMES.filter((stage) => stage !== ocrStage.name);

export function queueName(stage: StageName): string {
  return `unletters-${stage}`;
}

/** The fully qualified queue name BullMQ wants in a `parent` reference. */
export function qualifiedQueueName(prefix: string, stage: StageName): string {
  return `${prefix}:${queueName(stage)}`;
}

/**
 * Job ids: the stage, then the document key (content hash + destination), so a document submitted again
 * to the same place finds its jobs already there. Never all digits, never a `:`.
 */
export function stageJobId(stage: StageName, documentKey: string): string {
  return `${stage}-${documentKey}`;
}

export function pageJobId(documentKey: string, page: number): string {
  return `ocr-${documentKey}-p${page}`;
}
