import { emitStage } from '../pipeline/emit/index.ts';
import { defaultLanguages } from '../pipeline/lang/index.ts';
import { loadRepairData } from '../pipeline/repair/index.ts';
import { processSource } from '../pipeline/runner/index.ts';
import { runStep } from '../pipeline/stage.ts';
import type { StageName } from './queues.ts';

/**
 * Loads what the stages build on first use before the worker takes a job: the repair lexicons (seconds),
 * the name tables' indexes, the PDF fonts. Done inside a job, it would hold the event loop past the job
 * lock's renewal, and the job would be taken for stalled and run again. A document of one symbol goes
 * through every stage in each language.
 */
export async function warmUp(stages: readonly StageName[]): Promise<void> {
  if (!stages.some((stage) => stage !== 'ocr' && stage !== 'plan')) return;
  for (const lang of defaultLanguages.codes) {
    if (stages.includes('repair')) await loadRepairData(lang, defaultLanguages);
    await new Promise((resolve) => setImmediate(resolve));
    const document = await processSource({ name: 'warm-up.txt', bytes: new TextEncoder().encode('S/2011/733\n') }, { lang });
    if (stages.includes('emit')) await runStep(emitStage, document, {});
    await new Promise((resolve) => setImmediate(resolve));
  }
}
