/**
 * Text letters in worker threads: a run of many letters spread over threads writes exactly what the same
 * letters give one after another in one thread, and reports a bad letter in its one line.
 */
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, POOL_MIN_DOCUMENTS } from './index.ts';
import { CATALOG_FILE, CATALOG_LOG } from './catalog.ts';

const seeds = join(import.meta.dirname, '../../fixtures/seeds');
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function temporary(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'unletters-pool-'));
  folders.push(folder);
  return folder;
}

async function filesOf(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(folder.length), await readFile(join(entry.parentPath, entry.name)));
  }
  return files;
}

/** Copies of the seed letters in `folder`, enough of them for the runner to start its threads. */
async function seedCopies(folder: string): Promise<string[]> {
  const names = (await readdir(seeds)).filter((name) => name.endsWith('.txt')).sort();
  const inputs: string[] = [];
  for (let copy = 0; inputs.length < POOL_MIN_DOCUMENTS; copy++) {
    for (const name of names) {
      const target = join(folder, `copy${copy}-${name}`);
      await copyFile(join(seeds, name), target);
      inputs.push(target);
    }
  }
  return inputs;
}

describe('text letters in worker threads', () => {
  it('writes the same bytes as one thread, with results in input order and a bad letter in its one line', async () => {
    const input = await temporary();
    const inputs = await seedCopies(input);
    const bad = join(input, 'zz-empty.txt');
    await writeFile(bad, '');
    inputs.push(bad);

    const threaded = await temporary();
    const results = await ingest(inputs, { out: threaded, threads: 2 });
    expect(results.map((result) => result.input)).toEqual(inputs);
    const failures = results.filter((result) => !result.ok).map((result) => result.error);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^\S*zz-empty\.txt: [^\n]*empty$/);

    // The first letters again, in this thread (too few for the pool): the same files, byte for byte.
    const alone = await temporary();
    const few = inputs.slice(0, 2);
    await ingest(few, { out: alone, threads: 2 });
    const expected = await filesOf(alone);
    const written = await filesOf(threaded);
    expect(expected.size).toBeGreaterThan(0);
    // The run's catalog lists every letter of its run, so only the letters' own folders can be compared.
    const catalogs = new Set([`/${CATALOG_LOG}`, `/${CATALOG_FILE}`]);
    for (const [path, bytes] of expected) {
      if (!catalogs.has(path)) expect(written.get(path)?.equals(bytes), path).toBe(true);
    }
    // Each thread loads the pipeline and its lexicons first: seconds on an idle machine, minutes on a busy one.
  }, 600_000);

  it('holds the letters of the threads to the same size limit and time budget as those of the runner', async () => {
    const inputs = await seedCopies(await temporary());
    const sizes = await Promise.all(inputs.map(async (path) => (await readFile(path)).length));
    const limit = [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)]!;
    const results = await ingest(inputs, { out: await temporary(), threads: 2, maxFileBytes: limit });
    const refused = results.filter((result) => !result.ok);
    expect(refused.length).toBe(sizes.filter((size) => size > limit).length);
    for (const result of refused) expect(result.error).toMatch(/: .* is over the size limit of .* \(--max-size\)$/);
    expect(results.filter((result) => result.ok).length).toBe(sizes.filter((size) => size <= limit).length);

    // A budget spent before the first stage ends: every letter stops with its one line, none is written.
    const out = await temporary();
    const stopped = await ingest(inputs, { out, threads: 2, timeBudget: 0.001 });
    expect(stopped.every((result) => !result.ok && /over the time budget of 0\.001 s per document \(--time-budget\)$/.test(result.error!))).toBe(true);
    expect((await readdir(out)).filter((name) => !name.startsWith('.') && name !== CATALOG_FILE)).toEqual([]);
  }, 600_000);
});
