/**
 * Entity benchmark: precision, recall and F1 per type against the hand-written gold of
 * fixtures/entities/*.gold.json (format in fixtures/entities/README.md). The seeds used while tuning and
 * the held-out seed are reported apart, and each language in its own block: the French seeds first, then
 * the English letters (gold files with `"language": "en"`, whose text is named by `source`). Then the
 * real published letters of fixtures/entities/real/ (texts outside the repository, found through
 * fixtures/real/corpus.ts; one line says so when they are absent), tuning and held-out letters apart.
 *
 * Run: npm run bench:entities [-- --errors] [-- --held-out-errors] [-- --tuning-only]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tagEntities } from '../pipeline/entities/index.ts';
import { canonicalText } from '../pipeline/entities/text.ts';
import { languageResources } from '../pipeline/lang/index.ts';
import type { EntityType, UnDocument } from '../pipeline/model/index.ts';
import { type PipelineOptions, processSource } from '../pipeline/runner/index.ts';
import { heldOutIds, realCorpusStatus, realLetterPath } from '../fixtures/real/corpus.ts';

const GOLD_FOLDER = 'fixtures/entities';
const REAL_GOLD_FOLDER = 'fixtures/entities/real';
const REAL_EXPECTED_FOLDER = 'fixtures/real/expected';
const SEED_FOLDER = 'fixtures/seeds';
const TYPES: EntityType[] = ['person', 'state', 'organization', 'location', 'role', 'date', 'reference', 'event'];

interface GoldRow {
  type: EntityType;
  text: string;
  id: string;
  count: number;
}

interface Gold {
  /** A seed of fixtures/seeds, the text read being `<seed>.txt` there (French gold). */
  seed?: string;
  /** Else the text file, relative to the project root (`fixtures/letters/en/003-en.txt`). */
  source?: string;
  /** The letter's language, for grouping the tables; French when absent. */
  language?: string;
  heldOut: boolean;
  mentions: GoldRow[];
}

/** The language blocks in printing order, with the titles of their pooled tables. */
const LANGUAGES: { code: string; name: string; tuning: string; heldOut: string }[] = [
  { code: 'fr', name: 'French', tuning: 'Gold seeds used while tuning (pooled)', heldOut: 'Held-out seed (never used while tuning)' },
  { code: 'en', name: 'English', tuning: 'English gold letters used while tuning (pooled)', heldOut: 'English held-out letter (never used while tuning)' },
];

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

function addInto(into: Map<EntityType, Counts>, from: Map<EntityType, Counts>): void {
  for (const [type, counts] of from) {
    const target = into.get(type)!;
    target.truePositives += counts.truePositives;
    target.predicted += counts.predicted;
    target.gold += counts.gold;
  }
}

/** The gold files of one folder, named after the seed or the file. */
async function readGolds(folder: string): Promise<{ name: string; gold: Gold }[]> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.gold.json')).sort();
  const golds: { name: string; gold: Gold }[] = [];
  for (const file of files) {
    const gold = JSON.parse(await readFile(join(folder, file), 'utf8')) as Gold;
    golds.push({ name: gold.seed ?? file.slice(0, -'.gold.json'.length), gold });
  }
  return golds;
}

/** Runs one letter through the pipeline and scores its entities; prints its table (and errors when asked). */
async function scoreLetter(name: string, gold: Gold, path: string, language: string, into: Map<EntityType, Counts>, options: { perLetterTable: boolean; quietHeldOut?: boolean; bytes?: Uint8Array; pipeline?: PipelineOptions }): Promise<void> {
  const bytes = options.bytes ?? new Uint8Array(await readFile(path));
  const processed = await processSource({ name: path, bytes }, options.pipeline ?? {});
  if (processed.lang !== language) console.log(`\n${name}: warning, the pipeline read the text as '${processed.lang}', the gold says '${language}'`);
  const { document, fallback } = withFallbackBody(processed);
  const tagged = fallback ? tagEntities(document) : document;
  const perLetter = emptyCounts();
  const errors: string[] = [];
  score(gold, tagged, perLetter, errors);
  addInto(into, perLetter);
  const title = `${name}${gold.heldOut ? ' (held out)' : ''}${fallback ? ' [segmenter placeholder: text read as paragraphs]' : ''}`;
  // A held-out letter's own line is not printed either (only the pooled table) unless its errors are asked for:
  // rule writers must see no per-letter figure of a letter they may not open.
  const shown = !gold.heldOut || !options.quietHeldOut || process.argv.includes('--held-out-errors');
  if (options.perLetterTable) report(title, perLetter);
  else if (shown) summary(title, perLetter);
  // Errors of the held-out letters are not printed unless asked: they must not steer the tuning.
  if (process.argv.includes('--errors') && (!gold.heldOut || process.argv.includes('--held-out-errors'))) console.log(errors.join('\n'));
}

/** One line per letter: micro precision, recall and F1 over all types. */
function summary(title: string, perType: Map<EntityType, Counts>): void {
  const total: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  for (const counts of perType.values()) {
    total.truePositives += counts.truePositives;
    total.predicted += counts.predicted;
    total.gold += counts.gold;
  }
  const precision = total.predicted ? total.truePositives / total.predicted : 0;
  const recall = total.gold ? total.truePositives / total.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`  ${title.padEnd(24)} gold ${String(total.gold).padStart(4)}  pred ${String(total.predicted).padStart(4)}  tp ${String(total.truePositives).padStart(4)}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
}

const tuningOnly = process.argv.includes('--tuning-only');

async function fixtureGold(): Promise<void> {
  const golds = await readGolds(GOLD_FOLDER);
  const unknown = golds.filter(({ gold }) => !LANGUAGES.some(({ code }) => code === (gold.language ?? 'fr')));
  if (unknown.length) throw new Error(`gold in a language the bench does not report: ${unknown.map(({ name }) => name).join(', ')}`);
  for (const [index, language] of LANGUAGES.entries()) {
    // While tuning, the held-out seeds are not even run.
    const inLanguage = golds.filter(({ gold }) => (gold.language ?? 'fr') === language.code && !(gold.heldOut && tuningOnly));
    if (!inLanguage.length) continue;
    if (index > 0) console.log(`\n=== ${language.name}: ${inLanguage.map(({ gold, name }) => gold.source ?? name).join(', ')} ===`);
    const tuning = emptyCounts();
    const heldOut = emptyCounts();
    for (const { name, gold } of inLanguage) {
      const path = gold.source ?? join(SEED_FOLDER, `${gold.seed}.txt`);
      await scoreLetter(name, gold, path, language.code, gold.heldOut ? heldOut : tuning, { perLetterTable: true });
    }
    report(language.tuning, tuning);
    report(language.heldOut, heldOut);
  }
}

/** The published letters of the real corpus: texts outside the repository, gold in fixtures/entities/real. */
async function realGold(): Promise<void> {
  // While tuning, a letter either held-out list names is not run either, whatever its gold says: the English
  // letters of the world corpus's held-out parallel sets (HELDOUT-world) have gold marked for tuning.
  const listed = new Set([...heldOutIds('HELDOUT'), ...heldOutIds('HELDOUT-world')]);
  const all = await readGolds(REAL_GOLD_FOLDER);
  const golds = all.filter(({ name, gold }) => !(tuningOnly && (gold.heldOut || listed.has(name))));
  const skippedListed = all.filter(({ name, gold }) => tuningOnly && !gold.heldOut && listed.has(name)).length;
  console.log(`\n=== Real letters (${REAL_GOLD_FOLDER}): ${golds.length} letters ===`);
  if (skippedListed) console.log(`(--tuning-only: ${skippedListed} letters with tuning gold skipped, named by fixtures/real/HELDOUT or HELDOUT-world)`);
  const status = realCorpusStatus();
  if (!status.present) {
    console.log(`skipped: ${status.problem}`);
    return;
  }
  const cleanText = process.argv.includes('--clean-text');
  if (cleanText) console.log('(--clean-text: page furniture of fixtures/real/expected removed from the text, no repair applied)');
  const tuning = emptyCounts();
  const heldOut = emptyCounts();
  for (const { name, gold } of golds) {
    const path = realLetterPath(gold.source!);
    if (!path) throw new Error(`${name}: ${gold.source} is not in the real-letter corpus`);
    const bytes = cleanText ? await withoutFurniture(path, name) : undefined;
    const pipeline: PipelineOptions = cleanText ? { repairThreshold: 2 } : {};
    await scoreLetter(name, gold, path, gold.language ?? 'en', gold.heldOut ? heldOut : tuning, { perLetterTable: false, quietHeldOut: true, bytes, pipeline });
  }
  report('Real letters used while tuning (pooled)', tuning);
  if (!tuningOnly) report('Real held-out letters (never used while tuning)', heldOut);
}

/**
 * The letter's text without the page furniture its expectations list (job numbers, barcodes, running
 * symbols, page marks): the text as the annotator read it. With `--clean-text` the bench scores the
 * entity stage on it, without repair, to tell its own errors from those of segmentation and repair.
 */
async function withoutFurniture(path: string, id: string): Promise<Uint8Array> {
  const expected = JSON.parse(await readFile(join(REAL_EXPECTED_FOLDER, `${id}.json`), 'utf8')) as { furniture: { page: number; lines: string[] }[] };
  const pages = (await readFile(path, 'utf8')).split('\f');
  for (const { page, lines } of expected.furniture) {
    const furniture = new Set(lines.map((line) => line.trim()));
    pages[page - 1] = pages[page - 1]!
      .split('\n')
      .filter((line) => !furniture.has(line.trim()))
      .join('\n');
  }
  return new TextEncoder().encode(pages.join('\f'));
}

async function main(): Promise<void> {
  if (!process.argv.includes('--real-only')) await fixtureGold();
  await realGold();
  console.log('\ncommand: npm run bench:entities   (-- --errors lists misses and false positives of the tuning letters; --held-out-errors those of the held-out ones too; --tuning-only skips the held-out letters; --real-only skips the fixtures)');
}

await main();
