/**
 * Spanish and Russian repair on the parallel letters (fixtures/real/parallel/<id>/{es,ru}.txt, clean
 * translations of real letters): every change there makes right text wrong, except the rules a clean text
 * layer also needs (letters of another script, the text's own line-end hyphens joined), which are counted
 * apart; then the language's seeded noise model on the tuning letters, WER before and after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heldOutIds } from '../../fixtures/real/corpus.ts';
import type { RepairData } from '../../pipeline/repair/index.ts';
import { repairWith } from '../../pipeline/repair/index.ts';
import { countWords, percent } from './metrics.ts';
import type { NoiseProfile } from './noise.ts';
import { syntheticBenchmark, type SyntheticResult } from './synthetic.ts';

const PARALLEL = join(import.meta.dirname, '..', '..', 'fixtures', 'real', 'parallel');

/** Rules whose changes a clean text layer may need: they are no harm to a correct word. */
const LAYOUT_RULES = new Set(['mixed-script-letter', 'line-end-hyphen']);

/** The parallel sets, held out or not (fixtures/real/HELDOUT-world). */
export function parallelSets(): { tuning: string[]; heldOut: string[] } {
  const heldOut = heldOutIds('HELDOUT-world');
  const ids = readFileSync(join(PARALLEL, 'TRANSLATIONS-fr-es.md'), 'utf8').match(/^\| [A-Z]+-\d+-\d+ /gmu) ?? [];
  const all = [...new Set(ids.map((cell) => cell.slice(2).trim()))].sort();
  return { tuning: all.filter((id) => !heldOut.has(id)), heldOut: all.filter((id) => heldOut.has(id)) };
}

export interface CleanFigures {
  words: number;
  wrong: number;
  layout: number;
  /** The wrong changes, shown for tuning letters only. */
  shown: string[];
}

/** Wrong changes on the clean letters `ids` of one language. */
export function cleanParallel(data: RepairData, lang: string, ids: readonly string[], show: boolean): CleanFigures {
  const figures: CleanFigures = { words: 0, wrong: 0, layout: 0, shown: [] };
  for (const id of ids) {
    const text = readFileSync(join(PARALLEL, id, `${lang}.txt`), 'utf8');
    figures.words += countWords(text);
    for (const change of repairWith(data, text).repairs) {
      if (LAYOUT_RULES.has(change.ruleId)) {
        figures.layout++;
        continue;
      }
      figures.wrong++;
      if (show) figures.shown.push(`  wrong change in ${id}/${lang}.txt ${change.line}:${change.column} ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)} (${change.ruleId})`);
    }
  }
  return figures;
}

export const perTenThousandWords = (figures: CleanFigures): number => (figures.wrong / Math.max(1, figures.words)) * 10_000;

/** The seeded noise model of the language on its clean letters `ids`. */
export function noisyParallel(data: RepairData, lang: string, ids: readonly string[], profile: NoiseProfile): SyntheticResult {
  const texts = ids.map((id) => ({ name: `${id}/${lang}`, text: readFileSync(join(PARALLEL, id, `${lang}.txt`), 'utf8') }));
  return syntheticBenchmark(data, texts, [1, 2, 3], profile);
}

export const describeClean = (label: string, figures: CleanFigures): string =>
  `${label} (${figures.words} words): ${figures.wrong} wrong changes, ${perTenThousandWords(figures).toFixed(1)} per 10,000 words; ${figures.layout} layout fixes (look-alike letters, line-end hyphens)`;

export const describeNoise = (label: string, result: SyntheticResult): string =>
  `${label} (3 seeds each): WER ${percent(result.before)} → ${percent(result.after)}, word errors −${percent(result.reduction)}`;
