/**
 * PDF emitter speed: milliseconds to make one letter's archival PDF once the process has started and the
 * font files are read (the first rendering of each run pays for reading them and warming up; it is shown
 * apart). A font file is parsed once per process; each rendering gets its own copy of its glyphs (fonts.ts).
 * Letters: the five seeds run through the pipeline, plus the hand-made sample model.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { emitPdf } from '../pipeline/emit/pdf/index.ts';
import type { UnDocument } from '../pipeline/model/index.ts';
import type { Rendering } from '../pipeline/emit/index.ts';
import { emitters, renderAll } from '../pipeline/emit/index.ts';
import { processSource } from '../pipeline/runner/index.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 10);
const TARGET_MS = 300;
const root = new URL('../', import.meta.url).pathname;
const seeds = join(root, 'fixtures/seeds');

interface Letter {
  name: string;
  document: UnDocument;
  earlier: Map<string, Rendering>;
}

const before = emitters.filter((emitter) => emitter.extension !== 'pdf');
const letters: Letter[] = [];
for (const file of readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort()) {
  const document = await processSource({ name: join(seeds, file), bytes: new Uint8Array(readFileSync(join(seeds, file))) });
  letters.push({ name: file, document, earlier: new Map((await renderAll(document, before)).map((r) => [r.extension, r])) });
}
const sample = JSON.parse(readFileSync(join(root, 'fixtures/model/sample-letter.json'), 'utf8')) as UnDocument;
letters.push({ name: 'sample-letter.json', document: sample, earlier: new Map((await renderAll(sample, before)).map((r) => [r.extension, r])) });

const firstStart = performance.now();
await emitPdf(letters[0]!.document, letters[0]!.earlier);
const first = performance.now() - firstStart;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const all: number[] = [];
console.log(`command: npm run bench:pdf   (ROUNDS=${ROUNDS}; node ${process.version})`);
console.log(`first rendering, font files read: ${first.toFixed(0)} ms`);
for (const letter of letters) {
  const times: number[] = [];
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    bytes = (await emitPdf(letter.document, letter.earlier)).length;
    times.push(performance.now() - start);
  }
  all.push(...times);
  console.log(`${letter.name.padEnd(28)} median ${median(times).toFixed(1).padStart(6)} ms   max ${Math.max(...times).toFixed(1).padStart(6)} ms   ${(bytes / 1024).toFixed(0)} KiB`);
}
const overall = median(all);
console.log(`all letters: median ${overall.toFixed(1)} ms per letter, p95 ${[...all].sort((a, b) => a - b)[Math.floor(all.length * 0.95)]!.toFixed(1)} ms (target < ${TARGET_MS} ms) ${overall < TARGET_MS ? 'OK' : 'TOO SLOW'}`);
