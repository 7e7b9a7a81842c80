import type { RepairData } from '../../pipeline/repair/index.ts';
import { repairWith } from '../../pipeline/repair/index.ts';
import { errorRates, percent } from './metrics.ts';
import { addNoise, FRENCH_NOISE, type NoiseProfile } from './noise.ts';

export interface SyntheticResult {
  before: number;
  after: number;
  reduction: number;
  lines: string[];
}

/** Damages each clean text with the seeded noise model, repairs it and compares with the clean text. */
export function syntheticBenchmark(
  data: RepairData,
  texts: readonly { name: string; text: string }[],
  seeds: readonly number[],
  profile: NoiseProfile = FRENCH_NOISE,
): SyntheticResult {
  let errorsBefore = 0;
  let errorsAfter = 0;
  let words = 0;
  const lines: string[] = [];
  for (const { name, text } of texts) {
    for (const seed of seeds) {
      const noisy = addNoise(text, seed, 0.4, profile);
      const repaired = repairWith(data, noisy).text;
      const before = errorRates(noisy, text);
      const after = errorRates(repaired, text);
      errorsBefore += before.wordErrors;
      errorsAfter += after.wordErrors;
      words += before.words;
      lines.push(`  ${name} seed ${seed}: WER ${percent(before.wer)} → ${percent(after.wer)}, CER ${percent(before.cer)} → ${percent(after.cer)}`);
    }
  }
  const before = errorsBefore / words;
  const after = errorsAfter / words;
  return { before, after, reduction: 1 - errorsAfter / Math.max(1, errorsBefore), lines };
}
