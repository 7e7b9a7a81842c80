/**
 * Entity benchmark: precision, recall and F1 per type against the hand-written gold of
 * fixtures/entities/*.gold.json (format in fixtures/entities/README.md). The seeds used while tuning and
 * the held-out seed are reported apart.
 *
 * Run: npm run bench:entities
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tagEntities } from '../pipeline/entities/index.ts';
import { canonicalText } from '../pipeline/entities/text.ts';
import { languageResources } from '../pipeline/lang/index.ts';
import type { EntityType, UnDocument } from '../pipeline/model/index.ts';
import { processSource } from '../pipeline/runner/index.ts';

const GOLD_FOLDER = 'fixtures/entities';
const SEED_FOLDER = 'fixtures/seeds';
const TYPES: EntityType[] = ['person', 'state', 'organization', 'location', 'role', 'date', 'reference', 'event'];

interface GoldRow {
  type: EntityType;
  text: string;
  id: string;
  count: number;
}

interface Gold {
  seed: string;
  heldOut: boolean;
  mentions: GoldRow[];
}

interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

function key(type: string, text: string, id: string): string {
  return `${type}\u0000${canonicalText(text)}\u0000${id}`;
}

/**
 * Until the segmenter fills the letter, the bench reads the text as paragraphs (blank-line separated,
 * each signed line apart) so that the figures still mean something; it says so when it does.
 */
function withFallbackBody(document: UnDocument): { document: UnDocument; fallback: boolean } {
  if (document.letter.body.length || document.annexes.length) return { document, fallback: false };
  const marks = languageResources(document.lang).entities?.signedMarks ?? [];
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current.join(' ').replace(/-\s+(?=\p{Ll})/gu, '-').replace(/\s+/g, ' ').trim());
    current = [];
  };
  for (const line of document.text.split('\n')) {
    if (!line.trim()) flush();
    else if (marks.some((mark) => line.trim().startsWith(mark))) {
      flush();
      current.push(line.trim());
      flush();
    } else current.push(line.trim());
  }
  flush();
  const body = paragraphs.map((text, index) => ({ type: 'paragraph' as const, id: `fallback.para_${index + 1}`, text }));
  return { document: { ...document, letter: { ...document.letter, body } }, fallback: true };
}

function score(gold: Gold, document: UnDocument, perType: Map<EntityType, Counts>, errors: string[]): void {
  const remaining = new Map<string, number>();
  for (const row of gold.mentions) remaining.set(key(row.type, row.text, row.id), (remaining.get(key(row.type, row.text, row.id)) ?? 0) + row.count);
  for (const row of gold.mentions) perType.get(row.type)!.gold += row.count;
  for (const entity of document.entities) {
    for (const mention of entity.mentions) {
      const counts = perType.get(entity.type)!;
      counts.predicted += 1;
      const k = key(entity.type, mention.text, entity.id);
      const left = remaining.get(k) ?? 0;
      if (left > 0) {
        remaining.set(k, left - 1);
        counts.truePositives += 1;
      } else errors.push(`  false positive  ${entity.type.padEnd(12)} ${JSON.stringify(canonicalText(mention.text))} ${entity.id}`);
    }
  }
  for (const [k, left] of remaining) {
    if (left > 0) {
      const [type, text, id] = k.split('\u0000');
      errors.push(`  missed ×${left}       ${type!.padEnd(12)} ${JSON.stringify(text)} ${id}`);
    }
  }
}

function emptyCounts(): Map<EntityType, Counts> {
  return new Map(TYPES.map((type) => [type, { truePositives: 0, predicted: 0, gold: 0 }]));
}

function format(value: number | undefined): string {
  return value === undefined ? '  n/a' : value.toFixed(3);
}

function report(title: string, perType: Map<EntityType, Counts>): void {
  console.log(`\n${title}`);
  console.log(`  ${'type'.padEnd(13)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} ${'tp'.padStart(5)}  precision  recall     F1`);
  const total: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  for (const [type, counts] of perType) {
    total.truePositives += counts.truePositives;
    total.predicted += counts.predicted;
    total.gold += counts.gold;
    line(type, counts);
  }
  line('all (micro)', total);
}

function line(label: string, counts: Counts): void {
  const precision = counts.predicted ? counts.truePositives / counts.predicted : undefined;
  const recall = counts.gold ? counts.truePositives / counts.gold : undefined;
  const f1 = precision !== undefined && recall !== undefined && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : counts.gold || counts.predicted ? 0 : undefined;
  console.log(`  ${label.padEnd(13)} ${String(counts.gold).padStart(5)} ${String(counts.predicted).padStart(5)} ${String(counts.truePositives).padStart(5)}  ${format(precision).padStart(9)}  ${format(recall).padStart(6)}  ${format(f1).padStart(5)}`);
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--errors');
  const files = (await readdir(GOLD_FOLDER)).filter((name) => name.endsWith('.gold.json')).sort();
  const tuning = emptyCounts();
  const heldOut = emptyCounts();
  for (const file of files) {
    const gold = JSON.parse(await readFile(join(GOLD_FOLDER, file), 'utf8')) as Gold;
    // While tuning, the held-out seed is not even run.
    if (gold.heldOut && process.argv.includes('--tuning-only')) continue;
    const path = join(SEED_FOLDER, `${gold.seed}.txt`);
    const processed = await processSource({ name: path, bytes: new Uint8Array(await readFile(path)) });
    const { document, fallback } = withFallbackBody(processed);
    const tagged = fallback ? tagEntities(document) : document;
    const perSeed = emptyCounts();
    const errors: string[] = [];
    score(gold, tagged, perSeed, errors);
    for (const [type, counts] of perSeed) {
      const into = (gold.heldOut ? heldOut : tuning).get(type)!;
      into.truePositives += counts.truePositives;
      into.predicted += counts.predicted;
      into.gold += counts.gold;
    }
    report(`${gold.seed}${gold.heldOut ? ' (held out)' : ''}${fallback ? ' [segmenter placeholder: text read as paragraphs]' : ''}`, perSeed);
    // Errors of the held-out seed are not printed unless asked: it must not steer the tuning.
    if (verbose && (!gold.heldOut || process.argv.includes('--held-out-errors'))) console.log(errors.join('\n'));
  }
  report('Gold seeds used while tuning (pooled)', tuning);
  report('Held-out seed (never used while tuning)', heldOut);
  console.log('\ncommand: npm run bench:entities   (add -- --errors to list misses and false positives of the tuning seeds)');
}

await main();
