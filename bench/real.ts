/**
 * Segmentation on real published letters (issue 14): runs each letter's text of the real corpus through the
 * pipeline as a user gets it (extract → repair → segment), compares the document with the hand-written
 * expectations field by field (bench/real/score.ts) and prints, per field, the share of letters where the
 * field is right: the tuning letters and the held-out quarter (fixtures/real/HELDOUT) apart (one column per addition round of HELDOUT), English and the
 * French translations of fixtures/real/parallel apart, and the letters of other years
 * (fixtures/real/MANIFEST-older.tsv, texts of web pages and Word files) in columns of their own ("en older").
 * For tuning letters it prints every mismatch; for held-out letters none (they are never looked at while tuning).
 *
 *   npm run bench:real                 tuning and held out
 *   npm run bench:real -- --tuning     held-out letters left unscored (while working)
 *   npm run bench:real -- --quiet      figures only, no mismatches
 *   npm run bench:real -- A-79-794     only these letters (tuning ones)
 *
 * The corpus texts are not in the repository (fixtures/real/README.md): without them one line says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { olderCorpusStatus, readOlderManifest, realCorpusStatus, realLetterPath } from '../fixtures/real/corpus.ts';
import type { RealExpected } from '../fixtures/real/format.ts';
import { repairStage } from '../pipeline/repair/index.ts';
import { readingStages } from '../pipeline/stages.ts';
import { segmentStage } from '../pipeline/segment/index.ts';
import { runSteps } from '../pipeline/runner/index.ts';
import type { UnDocument } from '../pipeline/model/index.ts';
import { FIELDS, type Field, type ParallelExpected, scoreLetter, scoreParallel } from './real/score.ts';

const EXPECTED = 'fixtures/real/expected';
const COMMAND = 'npm run bench:real (tsx bench/real.ts)';
const args = process.argv.slice(2);
const tuningOnly = args.includes('--tuning');
const quiet = args.includes('--quiet');
const only = args.filter((arg) => !arg.startsWith('--'));

const status = realCorpusStatus();
if (!status.present) {
  console.log(`bench:real skipped: ${status.problem}`);
  process.exit(0);
}

/** Held-out ids with the addition round that drew them (from the comment heading each round in HELDOUT). */
const heldOutRound = new Map<string, number>();
{
  let round = 0;
  for (const line of readFileSync('fixtures/real/HELDOUT', 'utf8').split('\n').map((text) => text.trim())) {
    const heading = /^#\s*Addition round (\d+)/.exec(line);
    if (heading) round = Number(heading[1]);
    else if (line && !line.startsWith('#')) heldOutRound.set(line, round);
  }
}
const heldOut = new Set(heldOutRound.keys());
/** Each round of held-out letters is its own column, so that a round scored before is compared with itself. */
const heldOutLabel = (id: string) => `held out r${heldOutRound.get(id)}`;
const steps = [...readingStages, repairStage, segmentStage] as const;

/**
 * The document as `ingest` gives it; when the language is not detected (a letter whose annex is in Arabic reads
 * as Arabic), as `ingest --lang <the letter's language>` gives it, which is what its error message leads to.
 */
async function segmentText(path: string, lang: 'en' | 'fr'): Promise<UnDocument> {
  const source = { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
  try {
    return (await runSteps(steps, source, {})) as UnDocument;
  } catch (error) {
    console.log(`${path}: ${(error as Error).message}; read again with --lang ${lang}`);
    return (await runSteps(steps, source, { lang })) as UnDocument;
  }
}

interface Case {
  id: string;
  lang: string;
  expected: RealExpected;
  heldOut: boolean;
  /** A letter of another year (MANIFEST-older.tsv), scored in a column of its own. */
  older: boolean;
}

const cases: Case[] = [];
/** Letters of MANIFEST.tsv not annotated yet (a fresh round is listed before its expectations are written). */
const unannotated: string[] = [];
for (const file of readFileSync(join(EXPECTED, '..', 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[0]!)) {
  if (!existsSync(join(EXPECTED, `${file}.json`))) unannotated.push(file);
  for (const lang of ['en', 'fr']) {
    const name = lang === 'en' ? `${file}.json` : `${file}.${lang}.json`;
    let expected: RealExpected;
    try {
      expected = JSON.parse(readFileSync(join(EXPECTED, name), 'utf8')) as RealExpected;
    } catch {
      continue;
    }
    cases.push({ id: file, lang, expected, heldOut: heldOut.has(file), older: false });
  }
}
if (unannotated.length) console.log(`${unannotated.length} letters of MANIFEST.tsv have no expectations yet, left out (${unannotated.filter((id) => heldOut.has(id)).length} of them held out)`);
// The letters of other years have texts of their own (olderCorpusStatus); without them the other columns still print.
const olderStatus = olderCorpusStatus();
if (!olderStatus.present) console.log(`letters of other years left out: ${olderStatus.problem}`);
else {
  for (const { id } of readOlderManifest()) {
    const expected = JSON.parse(readFileSync(join(EXPECTED, `${id}.json`), 'utf8')) as RealExpected;
    cases.push({ id, lang: expected.lang, expected, heldOut: heldOut.has(id), older: true });
  }
}

type Tally = Map<Field, { right: number; letters: number }>;
const tallies = new Map<string, Tally>();
const allRight = new Map<string, { right: number; letters: number }>();
const started = performance.now();
let scored = 0;
for (const item of cases) {
  if (item.heldOut && (tuningOnly || only.length > 0)) continue;
  if (only.length > 0 && !only.includes(item.id)) continue;
  const path = realLetterPath(item.expected.input);
  if (!path) {
    console.log(`${item.expected.input}: not in the corpus folder, left out`);
    continue;
  }
  const document = await segmentText(path, item.expected.lang);
  // The translations of fixtures/real/parallel are annotated in the format of fixtures/expected.
  const verdicts = 'attachments' in item.expected ? scoreLetter(item.expected, document) : scoreParallel(item.expected as unknown as ParallelExpected, document);
  scored += 1;
  const part = `${item.lang}${item.older ? ' older' : ''} ${item.heldOut ? (item.older ? 'held out' : heldOutLabel(item.id)) : 'tuning'}`;
  const tally = tallies.get(part) ?? new Map(FIELDS.map((field) => [field, { right: 0, letters: 0 }]));
  tallies.set(part, tally);
  for (const verdict of verdicts) {
    const counts = tally.get(verdict.field)!;
    counts.letters += 1;
    if (verdict.right) counts.right += 1;
  }
  const whole = allRight.get(part) ?? { right: 0, letters: 0 };
  whole.letters += 1;
  if (verdicts.every((verdict) => verdict.right)) whole.right += 1;
  allRight.set(part, whole);
  if (!item.heldOut && !quiet) {
    const wrong = verdicts.filter((verdict) => !verdict.right);
    if (wrong.length > 0) console.log(`\n${item.id} (${item.lang}): ${wrong.length} field(s) wrong`);
    for (const verdict of wrong) for (const text of verdict.mismatches) console.log(`  ${verdict.field}: ${text}`);
  }
}

console.log(`\ncommand: ${COMMAND}${args.length ? ` -- ${args.join(' ')}` : ''}`);
console.log(`real letters scored: ${scored} in ${((performance.now() - started) / 1000).toFixed(1)} s (extract → repair → segment); ${tuningOnly ? 'held-out letters not scored (--tuning)' : 'held-out letters scored, their mismatches never printed'}`);
const parts = [...tallies.keys()].sort();
const width = Math.max(...FIELDS.map((field) => field.length), 'every field'.length) + 2;
console.log(`\naccuracy per field (share of letters where the field is right)`);
const column = Math.max(16, ...parts.map((part) => part.length + 2));
console.log(`${'field'.padEnd(width)}${parts.map((part) => part.padStart(column)).join('')}`);
for (const field of FIELDS) {
  const cells = parts.map((part) => {
    const counts = tallies.get(part)!.get(field)!;
    if (counts.letters === 0) return 'not annotated'.padStart(column);
    return `${(counts.right / counts.letters).toFixed(3)} (${counts.right}/${counts.letters})`.padStart(column);
  });
  console.log(`${field.padEnd(width)}${cells.join('')}`);
}
console.log(`${'every field'.padEnd(width)}${parts.map((part) => {
  const counts = allRight.get(part)!;
  return `${(counts.right / counts.letters).toFixed(3)} (${counts.right}/${counts.letters})`.padStart(column);
}).join('')}`);
console.log('floors (issue 14): every field ≥ 0.98 on the tuning letters, ≥ 0.95 on the held-out letters');
