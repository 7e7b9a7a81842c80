/**
 * Every change the repair makes on the clean English tuning letters of the real corpus (their mutool texts:
 * published text, almost free of extraction damage), for reading: each is either true extraction damage
 * fixed (`co- chaired`, `Hitler ’s` where the PDF holds a space of no width) or a correct word harmed, which
 * only the page can say (`bench:repair -- --corpus`). The held-out letters (fixtures/real/HELDOUT and
 * HELDOUT-world) are never read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heldOutIds, realCorpusFolder } from '../../fixtures/real/corpus.ts';
import type { RepairData } from '../../pipeline/repair/index.ts';
import { repairWith } from '../../pipeline/repair/index.ts';

export interface CorpusChanges {
  letters: number;
  words: number;
  /** One line per applied change: letter, place, before → after, rule, and the raw line. */
  changes: string[];
}

/** The changes the repair applies on each English tuning letter of the corpus. */
export function corpusChanges(english: RepairData): CorpusChanges | undefined {
  const folder = join(realCorpusFolder(), 'en');
  if (!existsSync(folder)) return undefined;
  const heldOut = new Set([...heldOutIds('HELDOUT'), ...heldOutIds('HELDOUT-world')]);
  const ids = readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .filter((id) => !heldOut.has(id))
    .sort();
  const result: CorpusChanges = { letters: ids.length, words: 0, changes: [] };
  for (const id of ids) {
    const text = readFileSync(join(folder, `${id}.txt`), 'utf8');
    result.words += text.split(/\s+/u).filter(Boolean).length;
    const lines = text.split('\n');
    for (const change of repairWith(english, text).repairs) {
      const line = (lines[change.line - 1] ?? '').trim().slice(0, 100);
      result.changes.push(`${id} ${change.line}:${change.column} ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)} (${change.ruleId}) | ${line}`);
    }
  }
  return result;
}
