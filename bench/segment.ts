/**
 * Times the five seed letters through the in-process pipeline (extract, repair, segment, entities) and the
 * segmentation stage alone. Target: the five seeds under 2 s in all.
 *
 *   npm run bench:segment
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processSource } from '../pipeline/runner/index.ts';
import { segment } from '../pipeline/segment/index.ts';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const ROUNDS = 5;

const files = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
const inputs = files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) }));

// First run: cold (module loading, word list loading), as a CLI call would see it.
const coldStart = performance.now();
const documents = [];
for (const input of inputs) documents.push(await processSource(input));
const cold = performance.now() - coldStart;

const pipelineTimes: number[] = [];
const segmentTimes: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const start = performance.now();
  for (const input of inputs) await processSource(input);
  pipelineTimes.push(performance.now() - start);
  const segmentStart = performance.now();
  for (const document of documents) segment(document);
  segmentTimes.push(performance.now() - segmentStart);
}

const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!;
console.log('command: npm run bench:segment (tsx bench/segment.ts)');
console.log(`seeds: ${files.length} (${files.join(', ')})`);
console.log(`pipeline, first run (cold, includes loading word lists): ${cold.toFixed(0)} ms for ${files.length} seeds`);
console.log(`pipeline, warm, median of ${ROUNDS}: ${median(pipelineTimes).toFixed(1)} ms for ${files.length} seeds`);
console.log(`segment stage alone, warm, median of ${ROUNDS}: ${median(segmentTimes).toFixed(1)} ms for ${files.length} seeds`);
console.log(`target: under 2000 ms for the five seeds: ${cold < 2000 ? 'met' : 'NOT met'}`);
