import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli as unletters } from './helpers/cli.ts';

const root = join(import.meta.dirname, '..');
const seed = join(root, 'fixtures/seeds/002_4204fe919a018fb2.txt');

/** Every file below a folder, relative paths, hidden ones included. */
async function listTree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1)).sort();
}

describe('unletters ingest', () => {
  let inputs: string;
  let out: string;
  let result: Awaited<ReturnType<typeof unletters>>;

  beforeAll(async () => {
    inputs = await mkdtemp(join(tmpdir(), 'unletters-cli-in-'));
    out = await mkdtemp(join(tmpdir(), 'unletters-cli-out-'));
    await copyFile(seed, join(inputs, 'good.txt'));
    await writeFile(join(inputs, 'empty.txt'), '');
    await writeFile(join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
    await writeFile(join(inputs, 'latin1.txt'), Buffer.from('Lettre dat\xe9e du 7 d\xe9cembre 2011', 'latin1'));
    result = await unletters(['ingest', inputs, join(inputs, 'missing.txt'), '--out', out]);
  });

  it('exits non-zero when an input failed and still writes the inputs that succeeded', async () => {
    expect(result.code).not.toBe(0);
    const files = await listTree(out);
    expect(files).toContain('good/good.json');
    expect(files).toContain('good/good.txt');
    const document = JSON.parse(await readFile(join(out, 'good/good.json'), 'utf8'));
    expect(document.source.name).toBe('good.txt');
  });

  it('prints one line per failed input naming the file and the problem', () => {
    const lines = result.stderr.trim().split('\n').filter((line) => !line.includes('documents written'));
    expect(lines).toHaveLength(4);
    expect(lines.find((line) => line.includes('empty.txt'))).toMatch(/empty/);
    expect(lines.find((line) => line.includes('binary.txt'))).toMatch(/binary/);
    expect(lines.find((line) => line.includes('latin1.txt'))).toMatch(/UTF-8/);
    expect(lines.find((line) => line.includes('missing.txt'))).toMatch(/no such file/);
  });

  it('leaves no output at all for failed inputs, and no partial folders', async () => {
    // Besides the good input's folder, only the run's catalog (and its append log).
    const files = (await listTree(out)).filter((file) => file !== 'catalog.json' && file !== '.catalog.jsonl');
    expect(files.every((file) => file.startsWith('good/'))).toBe(true);
  });

  it('exits 0 when every input succeeds and names folders after the input files only', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'unletters-cli-ok-'));
    const clean = await unletters(['ingest', seed, '--out', folder]);
    expect(clean.code).toBe(0);
    expect((await readdir(folder)).filter((name) => !name.startsWith('.'))).toEqual(['002_4204fe919a018fb2', 'catalog.json']);
  });
});

describe('unletters repair', () => {
  it('keeps the line structure of its input, from a file or from standard input', async () => {
    const text = await readFile(seed, 'utf8');
    const fromFile = await unletters(['repair', seed]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout.split('\n').length).toBe(text.split('\n').length);
    const fromStdin = await unletters(['repair', '-'], { input: text });
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('fails with one line for a file that is not text', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'unletters-cli-repair-'));
    await writeFile(join(folder, 'x.txt'), Buffer.from([0, 1, 2, 3]));
    const failure = await unletters(['repair', join(folder, 'x.txt')]);
    expect(failure.code).not.toBe(0);
    expect(failure.stderr.trim().split('\n')).toHaveLength(1);
    expect(failure.stderr).toContain('x.txt');
  });
});
