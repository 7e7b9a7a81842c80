/**
 * Repair benchmark: the 2008 scan (seed 004) against its hand-corrected gold, wrong changes on the clean
 * seeds, the spacing damage of seed 001, a synthetic benchmark on damage no rule was written against,
 * the same for English (clean fixtures/letters/en, English noise model), speed after loading and the
 * loading cost.
 *
 *   npm run bench:repair
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRepairData, repairWith } from '../pipeline/repair/index.ts';
import { countWords, errorRates, percent } from './repair/metrics.ts';
import { ENGLISH_NOISE } from './repair/noise.ts';
import { syntheticBenchmark } from './repair/synthetic.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const seed = (prefix: string): { name: string; text: string } => {
  const name = readdirSync(join(FIXTURES, 'seeds')).find((file) => file.startsWith(prefix))!;
  return { name, text: readFileSync(join(FIXTURES, 'seeds', name), 'utf8') };
};
const gold = (name: string): string => readFileSync(join(FIXTURES, 'gold', name), 'utf8');
const cacheExisted = existsSync(join(import.meta.dirname, '..', 'node_modules', '.cache', 'unletters'));

const loadStart = performance.now();
const data = (await loadRepairData('fr'))!;
const loadMilliseconds = performance.now() - loadStart;

const floors: string[] = [];
const check = (ok: boolean, label: string): void => {
  floors.push(`  ${ok ? 'PASS' : 'FAIL'}  ${label}`);
};

console.log('npm run bench:repair');
console.log(`loading: ${loadMilliseconds.toFixed(0)} ms (lexicon of ${data.lexicon.size} forms, Lefff verbs; ${cacheExisted ? 'expanded lexicon read from the cache' : 'cache built on this run'})`);

// 1. The 2008 scan against the gold.
const scan = seed('004');
const scanGold = gold(scan.name);
const scanResult = repairWith(data, scan.text);
const before = errorRates(scan.text, scanGold);
const after = errorRates(scanResult.text, scanGold);
const reduction = 1 - after.wordErrors / before.wordErrors;
console.log(`\n004 against fixtures/gold (${before.words} words): WER ${percent(before.wer)} → ${percent(after.wer)} (word errors −${percent(reduction)}), CER ${percent(before.cer)} → ${percent(after.cer)}`);
console.log(`  ${scanResult.repairs.length} changes applied, ${scanResult.suggestions.length} suggestions`);
check(reduction >= 0.9, `004 word errors reduced by ≥ 90% (${percent(reduction)})`);

// 2. Clean seeds: every change there makes right text wrong.
let cleanWords = 0;
let wrong = 0;
for (const prefix of ['000', '002', '003']) {
  const clean = seed(prefix);
  const result = repairWith(data, clean.text);
  cleanWords += countWords(clean.text);
  wrong += result.repairs.length;
  for (const change of result.repairs) console.log(`  wrong change in ${prefix} ${change.line}:${change.column} ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)} (${change.ruleId})`);
}
const per2000 = (wrong / cleanWords) * 2000;
console.log(`\nclean seeds 000, 002, 003 (${cleanWords} words): ${wrong} wrong changes, ${per2000.toFixed(2)} per 2,000 words`);
check(per2000 <= 1, `clean seeds ≤ 1 wrong change per 2,000 words (${per2000.toFixed(2)})`);

// 3. The spacing damage of 001.
const spaced = seed('001');
const spacedGold = gold(spaced.name);
const spacedResult = repairWith(data, spaced.text);
const spacing = (text: string): number =>
  (text.match(/\p{L} +’/gu)?.length ?? 0) + (text.match(/\p{L} -\p{L}/gu)?.length ?? 0);
const spacedBefore = errorRates(spaced.text, spacedGold);
const spacedAfter = errorRates(spacedResult.text, spacedGold);
console.log(
  `\n001 spacing: spaces before apostrophes or hyphens ${spacing(spaced.text)} → ${spacing(spacedResult.text)}; word errors against fixtures/gold ${spacedBefore.wordErrors} → ${spacedAfter.wordErrors}`,
);
check(spacedAfter.wordErrors === 0 && spacing(spacedResult.text) === 0, '001 spacing damage fully repaired');

// 4. Synthetic damage on the clean seeds.
const synthetic = syntheticBenchmark(data, ['000', '002', '003'].map(seed), [1, 2, 3]);
console.log(`\nsynthetic noise on 000, 002, 003 (3 seeds each): WER ${percent(synthetic.before)} → ${percent(synthetic.after)}, word errors −${percent(synthetic.reduction)}`);
for (const line of synthetic.lines) console.log(line);
check(synthetic.reduction >= 0.8, `synthetic word errors reduced by ≥ 80% (${percent(synthetic.reduction)})`);

// 5. English: wrong changes on the clean English letters, and the English noise model on them.
const englishStart = performance.now();
const english = (await loadRepairData('en'))!;
const englishLoad = performance.now() - englishStart;
const englishLetters = readdirSync(join(FIXTURES, 'letters', 'en'))
  .filter((file) => file.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(FIXTURES, 'letters', 'en', name), 'utf8') }));
let englishWords = 0;
let englishWrong = 0;
for (const letter of englishLetters) {
  const result = repairWith(english, letter.text);
  englishWords += countWords(letter.text);
  englishWrong += result.repairs.length;
  for (const change of result.repairs) console.log(`  wrong change in ${letter.name} ${change.line}:${change.column} ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)} (${change.ruleId})`);
}
const englishPer2000 = (englishWrong / englishWords) * 2000;
console.log(`\nEnglish (lexicon of ${english.lexicon.size} forms, loaded in ${englishLoad.toFixed(0)} ms)`);
console.log(`clean fixtures/letters/en (${englishLetters.length} letters, ${englishWords} words): ${englishWrong} wrong changes, ${englishPer2000.toFixed(2)} per 2,000 words`);
check(englishPer2000 <= 1, `clean English letters ≤ 1 wrong change per 2,000 words (${englishPer2000.toFixed(2)})`);
const englishSynthetic = syntheticBenchmark(english, englishLetters, [1, 2, 3], ENGLISH_NOISE);
console.log(`synthetic English noise on fixtures/letters/en (3 seeds each): WER ${percent(englishSynthetic.before)} → ${percent(englishSynthetic.after)}, word errors −${percent(englishSynthetic.reduction)}`);
for (const line of englishSynthetic.lines) console.log(line);
check(englishSynthetic.reduction >= 0.8, `synthetic English word errors reduced by ≥ 80% (${percent(englishSynthetic.reduction)})`);

// 6. Speed on one core, after loading.
const all = ['000', '001', '002', '003', '004'].map(seed);
const words = all.reduce((sum, { text }) => sum + countWords(text), 0);
let rounds = 0;
let elapsed = 0;
const start = performance.now();
while (elapsed < 3000 || rounds < 3) {
  for (const { text } of all) repairWith(data, text);
  rounds++;
  elapsed = performance.now() - start;
}
const wordsPerSecond = (words * rounds) / (elapsed / 1000);
console.log(`\nspeed after loading: ${Math.round(wordsPerSecond)} words/s (${rounds} rounds of the five seeds, ${words} words each)`);
check(wordsPerSecond >= 20000, `≥ 20,000 words/s after loading (${Math.round(wordsPerSecond)})`);

console.log('\nfloors (issue 3):');
for (const line of floors) console.log(line);
