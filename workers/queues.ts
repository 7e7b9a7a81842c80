/**
 * The queues and the jobs of a document, derived from the stage names of `pipeline/stage-names.ts` (not from
 * `pipeline/stages.ts`, which would load every stage into the process that only submits and follows). A job runs one
 * or more consecutive stages; its queue is named after its first stage:
 *
 *   plan ─▶ ocr (one job per page that needs it) ─▶ extract, repair, segment, annex-language, entities ─▶ emit
 *
 * `plan` is a job of its own because it adds the page OCR jobs (children of the extract job, which waits for
 * them); each OCR page is a job so that pages are read in parallel; `emit` writes the outputs and its job is
 * the document's last, the one whose completion says the document is done. The stages over the document
 * (`documentStages`) are cheap pure functions of it: they run in the extract job, one after the other, which
 * saves writing and reading the document and a job's Redis round trips between each of them.
 */
import { DOCUMENT_STAGE_NAMES, READING_STAGE_NAMES, STAGE_NAMES, type StageName } from '../pipeline/stage-names.ts';

export { isStageName, STAGE_NAMES, type StageName } from '../pipeline/stage-names.ts';

const [planName, ocrName, extractName] = READING_STAGE_NAMES;
const emitName = STAGE_NAMES.at(-1)!;

/** The stages a document goes through, every stage but OCR (which runs as one job per page): progress steps. */
export const DOCUMENT_STAGES: readonly StageName[] = STAGE_NAMES.filter((stage) => stage !== ocrName);

export interface DocumentJob {
  /** The job's queue and the first part of its id: its first stage. */
  name: StageName;
  /** The stages it runs, in order. */
  stages: readonly StageName[];
}

/** A document's jobs in order, each the parent of the one before it in its flow. */
export const DOCUMENT_JOBS: readonly DocumentJob[] = [
  { name: planName, stages: [planName] },
  { name: extractName, stages: [extractName, ...DOCUMENT_STAGE_NAMES] },
  { name: emitName, stages: [emitName] },
];

/** The queues that exist: one per document job, and the OCR pages' queue. */
export const QUEUE_NAMES: readonly StageName[] = STAGE_NAMES.filter((stage) => stage === ocrName || DOCUMENT_JOBS.some((job) => job.name === stage));

/** The job (its queue's name) that runs a stage: OCR pages run in the `ocr` queue, the others in their document job. */
export function jobOf(stage: StageName): StageName {
  if (stage === ocrName) return stage;
  return DOCUMENT_JOBS.find((job) => job.stages.includes(stage))!.name;
}

export function queueName(stage: StageName): string {
  return `unletters-${stage}`;
}

/** The fully qualified queue name BullMQ wants in a `parent` reference. */
export function qualifiedQueueName(prefix: string, stage: StageName): string {
  return `${prefix}:${queueName(stage)}`;
}

/**
 * Job ids: the job's name (its first stage), then the document key (content hash + destination), so a
 * document submitted again to the same place finds its jobs already there. Never all digits, never a `:`.
 */
export function stageJobId(job: StageName, documentKey: string): string {
  return `${job}-${documentKey}`;
}

export function pageJobId(documentKey: string, page: number): string {
  return `ocr-${documentKey}-p${page}`;
}

// Every stage but OCR runs in exactly one document job, in the order of the stage list.
const covered = DOCUMENT_JOBS.flatMap((job) => job.stages);
if (covered.join() !== DOCUMENT_STAGES.join()) throw new Error(`document jobs ${covered.join()} do not cover the stages ${DOCUMENT_STAGES.join()}`);
