/**
 * Entity ids across the parallel versions of fixtures/real/parallel (issues 19 and 20): for each set, the
 * English letter (the real corpus text the set translates) is the reference, and for each other language
 * and each entity type the share of the English ids that the version also gives. Tuning sets and the
 * held-out sets of fixtures/real/HELDOUT-world are reported apart, with the count of a version's ids that
 * the English letter does not give; held-out sets are run only with
 * `--held-out` (score them once, at the end, never while tuning). `--missing` lists the English ids a
 * language misses on the tuning sets.
 *
 * Run: npm run bench:parallel [-- --held-out] [-- --missing]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heldOutIds, realLetterPath } from '../fixtures/real/corpus.ts';
import type { EntityType, UnDocument } from '../pipeline/model/index.ts';
import { processSource } from '../pipeline/runner/index.ts';

const PARALLEL_FOLDER = 'fixtures/real/parallel';
const LANGUAGES = ['fr', 'es', 'ru', 'ar', 'zh'] as const;
const TYPES: EntityType[] = ['state', 'organization', 'person', 'role', 'date', 'reference'];

const projectRoot = join(import.meta.dirname, '..');
const argumentsGiven = new Set(process.argv.slice(2));

const heldOutSets = (): Set<string> => heldOutIds('HELDOUT-world');

async function run(path: string): Promise<UnDocument> {
  return processSource({ name: path, bytes: new Uint8Array(readFileSync(path)) }, {});
}

/**
 * Persons are counted twice: `person` by the sound key that links one person across the versions
 * (`Entity.soundKey`), `person id` by the id itself, which is the name's own transliteration and so meets
 * across scripts only where the transliterations agree.
 */
type Row = EntityType | 'person id';
const ROWS: Row[] = [...TYPES, 'person id'];

function idsByType(document: UnDocument): Map<Row, Set<string>> {
  const ids = new Map<Row, Set<string>>(ROWS.map((type) => [type, new Set<string>()]));
  for (const entity of document.entities) {
    if (entity.type === 'person') {
      ids.get('person')!.add(entity.soundKey ?? entity.id);
      ids.get('person id')!.add(entity.id);
    } else ids.get(entity.type)?.add(entity.id);
  }
  return ids;
}

interface Tally {
  found: number;
  total: number;
  /** Ids of the version that the English letter does not give. */
  extra: number;
}

async function score(sets: string[], label: string): Promise<void> {
  const tallies = new Map<string, Tally>();
  const missing: string[] = [];
  for (const set of sets) {
    // A set is named by the first symbol of its English letter (`A-79-718` for A/79/718-S/2025/21).
    const englishPath = realLetterPath(`fixtures/real/en/${set}.txt`);
    if (!englishPath) {
      console.log(`${set}: the English letter is not in the real corpus here (npm run corpus:real); skipped`);
      continue;
    }
    const english = idsByType(await run(englishPath));
    for (const language of LANGUAGES) {
      const version = idsByType(await run(join(projectRoot, PARALLEL_FOLDER, set, `${language}.txt`)));
      for (const type of ROWS) {
        const tally = tallies.get(`${language}\u0000${type}`) ?? { found: 0, total: 0, extra: 0 };
        tally.extra += [...version.get(type)!].filter((id) => !english.get(type)!.has(id)).length;
        for (const id of english.get(type)!) {
          tally.total += 1;
          if (version.get(type)!.has(id)) tally.found += 1;
          else if (argumentsGiven.has('--missing') && label === 'tuning') missing.push(`${set} ${language} ${id}`);
        }
        tallies.set(`${language}\u0000${type}`, tally);
      }
    }
  }
  console.log(`\n${label} (${sets.join(', ')}): share of the English letter's ids found in each version`);
  console.log(['type'.padEnd(16), ...LANGUAGES.map((language) => language.padEnd(14))].join(''));
  for (const type of [...ROWS, 'all'] as const) {
    const cells = LANGUAGES.map((language) => {
      const parts = type === 'all' ? TYPES.map((each) => tallies.get(`${language}\u0000${each}`)!) : [tallies.get(`${language}\u0000${type}`)!];
      const found = parts.reduce((sum, part) => sum + (part?.found ?? 0), 0);
      const total = parts.reduce((sum, part) => sum + (part?.total ?? 0), 0);
      return `${total ? (found / total).toFixed(2) : '—'} ${found}/${total}`.padEnd(14);
    });
    console.log([type.padEnd(16), ...cells].join(''));
  }
  const extras = LANGUAGES.map((language) => String(TYPES.reduce((sum, type) => sum + (tallies.get(`${language}\u0000${type}`)?.extra ?? 0), 0)).padEnd(14));
  console.log(['not in English'.padEnd(16), ...extras].join(''));
  if (missing.length) console.log(`\nmissed on the tuning sets:\n${missing.join('\n')}`);
}

const heldOut = heldOutSets();
const sets = readdirSync(join(projectRoot, PARALLEL_FOLDER), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
await score(sets.filter((set) => !heldOut.has(set)), 'tuning');
if (argumentsGiven.has('--held-out')) await score(sets.filter((set) => heldOut.has(set)), 'held out');
else console.log('\nheld-out sets not run (--held-out scores them; once, at the end)');
