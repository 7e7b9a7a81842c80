/**
 * The pipeline's stage names in order, without the stages' code: the queues and the process that submits
 * and follows a run need only the names, and importing `stages.ts` would load the whole pipeline (about a
 * second of CPU) into a process that never runs a stage. `stages.ts` checks that its list has these names.
 */
/** From the source file to the new document. */
export const READING_STAGE_NAMES = ['plan', 'ocr', 'extract'] as const;
/** Over the document, each returning the next version of it. */
export const DOCUMENT_STAGE_NAMES = ['repair', 'segment', 'annex-language', 'entities'] as const;
const ORDERED_NAMES = [...READING_STAGE_NAMES, ...DOCUMENT_STAGE_NAMES, 'emit'] as const;

export type StageName = (typeof ORDERED_NAMES)[number];
export const STAGE_NAMES: readonly StageName[] = ORDERED_NAMES;

export function isStageName(value: string): value is StageName {
  return (STAGE_NAMES as readonly string[]).includes(value);
}
