/**
 * The pipeline, declared once: its stages in order, their names and the options they take. The in-process
 * runner runs this list; the queues (one per stage), the flow that chains them and the workers that serve
 * them are all derived from it.
 *
 *   plan → ocr → extract → repair → segment → annex-language → entities → emit
 *
 * `plan` and `ocr` come before the document exists (the source, then its pages); `extract` creates the
 * document; `emit` turns it into renderings.
 */
import { annexLanguageStage } from './annex-language/index.ts';
import { emitStage } from './emit/index.ts';
import { entitiesStage } from './entities/index.ts';
import { extractStage, planStage } from './extract/index.ts';
import { ocrStage } from './ocr/index.ts';
import { repairStage } from './repair/index.ts';
import { segmentStage } from './segment/index.ts';
import type { InputOf, OptionsOf, OutputOf } from './stage.ts';
import type { DocumentLimits } from './runner/limits.ts';
import { STAGE_NAMES, type StageName } from './stage-names.ts';

export { isStageName, STAGE_NAMES, type StageName } from './stage-names.ts';

/** From the source file to the new document. */
export const readingStages = [planStage, ocrStage, extractStage] as const;
/** Over the document, each returning the next version of it. */
export const documentStages = [repairStage, segmentStage, annexLanguageStage, entitiesStage] as const;
/** From the source file to the finished document: what `processSource` runs. */
export const stagesBeforeEmit = [...readingStages, ...documentStages] as const;
export const stages = [...stagesBeforeEmit, emitStage] as const;

export type PipelineStage = (typeof stages)[number];
// The names kept apart in `stage-names.ts` must be this list's, in this order.
const namesInOrder: readonly StageName[] = stages.map((stage) => stage.name);
if (namesInOrder.join() !== STAGE_NAMES.join()) throw new Error(`stage-names.ts lists ${STAGE_NAMES.join()}, the stages are ${namesInOrder.join()}`);

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/**
 * The options of every stage in one plain object (what `ingest` takes, what job data carries): each
 * stage reads its own fields (`ocr` for plan, `lang` for ocr and extract, `repairThreshold` and
 * `typography` for repair).
 */
export type PipelineOptions = UnionToIntersection<OptionsOf<PipelineStage>> & DocumentLimits;

/** Compile-time check that each stage takes what the one before it gives. */
type Chained<List extends readonly unknown[]> = List extends readonly [infer First, infer Second, ...infer Rest]
  ? OutputOf<First> extends InputOf<Second>
    ? Chained<[Second, ...Rest]>
    : { broken: [First, Second] }
  : true;
const chained: Chained<typeof stages> = true;
void chained;
