/**
 * The queues, one per stage, in the order a document goes through them. `plan` decides per page whether
 * OCR is needed and adds the `ocr` page jobs as children of the document's `extract` job.
 */
export const STAGE_NAMES = ['plan', 'ocr', 'extract', 'repair', 'segment', 'entities', 'emit'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** The stages one document job goes through (every stage but the per-page OCR). */
export const DOCUMENT_STAGES = ['plan', 'extract', 'repair', 'segment', 'entities', 'emit'] as const satisfies readonly StageName[];

export function isStageName(value: string): value is StageName {
  return (STAGE_NAMES as readonly string[]).includes(value);
}

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
