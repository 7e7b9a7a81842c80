/**
 * Issue 18, point 7: odd inputs get the behaviour a user expects, one line each, and never stop the run.
 * Small files only: each case takes milliseconds, the one run of the command line a few seconds.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../pipeline/extract/text.ts';
import { sniffMediaType } from '../../pipeline/extract/sniff.ts';
import { backendFor } from '../../pipeline/extract/index.ts';
import { expandInputs, readInput } from '../../pipeline/runner/inputs.ts';
import { safeName } from '../../pipeline/runner/outputs.ts';
import { CATALOG_FILE, CATALOG_LOG, describeFailure } from '../../pipeline/runner/index.ts';
import { InputError } from '../../pipeline/errors.ts';
import { runCli as unletters } from '../helpers/cli.ts';

const root = join(import.meta.dirname, '../..');
const seed = join(root, 'fixtures/seeds/002_4204fe919a018fb2.txt');
const letter = 'Letter dated 7 December 2011 from the Permanent Representative to the Secretary-General\n';

describe('text encodings and signatures', () => {
  it('reads UTF-16 text with a byte order mark, little- and big-endian, as text', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(letter, 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    for (const bytes of [little, big]) expect(extractText({ name: 'letter.txt', bytes }).rawText).toBe(letter);
  });

  it('still refuses NUL-ridden bytes without a byte order mark as binary', () => {
    expect(() => extractText({ name: 'x.txt', bytes: Buffer.from(letter, 'utf16le') })).toThrow(/binary/);
  });

  it('takes a .txt that mentions %PDF- in its first lines for text, a PDF header after junk bytes for a PDF', () => {
    const text = Buffer.from(`Note on formats\nThe file starts with %PDF-1.7 as every PDF does.\n`);
    expect(sniffMediaType(text)).toBeUndefined();
    expect(backendFor({ name: 'note.txt', bytes: text }).name).toBe('text');
    const junk = Buffer.concat([Buffer.from([0x00, 0x01, 0xfe]), Buffer.from('%PDF-1.4\n')]);
    expect(sniffMediaType(junk)).toBe('application/pdf');
  });

  it('stops a text over the text limit with one line naming the limit', () => {
    const error = (() => {
      try {
        extractText({ name: 'big.txt', bytes: Buffer.from('word '.repeat(1000)) }, 1000);
      } catch (caught) {
        return caught as InputError;
      }
    })();
    expect(describeFailure('big.txt', error)).toBe('big.txt: text of 0.0 MB is over the limit of 0.0 MB (--max-text)');
  });
});

describe('input files and folders', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'unletters-odd-inputs-'));
    await writeFile(join(folder, 'a.txt'), letter);
    await symlink(join(folder, 'a.txt'), join(folder, 'link.txt'));
    await mkdir(join(folder, 'sub'));
    await symlink(folder, join(folder, 'sub', 'loop'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    await writeFile(Buffer.from(`${folder}/caf\xe9.txt`, 'latin1'), letter);
  });

  it('names each symbolic link it skips inside a folder, and refuses a FIFO or a device in one line', async () => {
    const { inputs, problems, skipped } = await expandInputs([folder, '/dev/zero']);
    expect(skipped.map((entry) => entry.message).sort()).toEqual([
      `${join(folder, 'link.txt')}: symbolic link skipped (name its target to process it)`,
      `${join(folder, 'sub/loop')}: symbolic link skipped (name its target to process it)`,
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      `${join(folder, 'pipe.txt')}: a named pipe (FIFO), not a regular file`,
      '/dev/zero: a character device, not a regular file',
    ]);
    expect(inputs).toHaveLength(2);
  });

  it('reads a file whose name is not UTF-8, under a name that can be printed', async () => {
    const { inputs } = await expandInputs([folder]);
    const latin = inputs.find((input) => input.includes('caf'))!;
    expect(latin).toBe(join(folder, 'caf\uFFFD.txt'));
    expect((await readInput(latin)).toString()).toBe(letter);
    expect(safeName('caf\uFFFD')).toBe('caf_');
  });

  it('processes one file once when it is named twice in two spellings', async () => {
    const { inputs } = await expandInputs([join(folder, 'a.txt'), `${folder}/./a.txt`, join(folder, 'link.txt')]);
    expect(inputs).toEqual([join(folder, 'a.txt')]);
  });

  it('keeps long multibyte names within the 255 bytes of a file name, whole characters only', () => {
    const name = safeName('é'.repeat(200));
    expect(Buffer.byteLength(`.${name}.partial-XXXXXX.previous-0`)).toBeLessThanOrEqual(255);
    expect(name).toMatch(/^é+$/);
  });

  it('writes a newline in a file name as \\n in its error line', () => {
    expect(describeFailure('a\nb.txt', new InputError('a\nb.txt', 'the file is empty'))).toBe('a\\nb.txt: the file is empty');
  });
});

describe('unletters ingest with odd inputs', () => {
  it('writes every good input, one line per odd one, normal folder permissions', async () => {
    const inputs = await mkdtemp(join(tmpdir(), 'unletters-odd-cli-'));
    const out = join(await mkdtemp(join(tmpdir(), 'unletters-odd-out-')), 'out');
    await copyFile(seed, join(inputs, 'good.txt'));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(await readFile(seed, 'utf8'), 'utf16le')]);
    await writeFile(join(inputs, 'wide.txt'), utf16);
    await writeFile(join(inputs, 'new\nline.txt'), '');
    execFileSync('mkfifo', [join(inputs, 'pipe.txt')]);
    await symlink(join(inputs, 'good.txt'), join(inputs, 'alias.txt'));

    const result = await unletters(['ingest', inputs, join(inputs, 'good.txt'), '--out', out, '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter(Boolean).sort()).toEqual([
      `${join(inputs, 'alias.txt')}: symbolic link skipped (name its target to process it)`,
      `${join(inputs, 'new\\nline.txt')}: the file is empty`,
      `${join(inputs, 'pipe.txt')}: a named pipe (FIFO), not a regular file`,
      `2 of 4 documents written to ${out}`,
    ].sort());
    // Beside the two letters' folders, only the run's catalog of editions.
    expect((await readdir(out)).sort()).toEqual([CATALOG_LOG, CATALOG_FILE, 'good', 'wide'].sort());
    const umask = process.umask();
    expect((await stat(join(out, 'good'))).mode & 0o777).toBe(0o777 & ~umask);
    const wide = JSON.parse(await readFile(join(out, 'wide/wide.json'), 'utf8'));
    const good = JSON.parse(await readFile(join(out, 'good/good.json'), 'utf8'));
    expect(wide.text).toBe(good.text);
  });

  it('says in one line that the output folder cannot be written, and processes nothing', async () => {
    const blocker = join(await mkdtemp(join(tmpdir(), 'unletters-odd-out-')), 'file');
    await writeFile(blocker, 'not a folder');
    const result = await unletters(['ingest', seed, '--out', join(blocker, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`cannot write to the output folder ${join(blocker, 'out')}: a file is in the way (not a folder)\n`);
  });

  it.skipIf(process.getuid?.() === 0)('reports a read-only output folder as such, not as a missing file', async () => {
    const out = await mkdtemp(join(tmpdir(), 'unletters-odd-ro-'));
    execFileSync('chmod', ['0555', out]);
    const result = await unletters(['ingest', seed, '--out', out]);
    expect(result.stderr).toBe(`cannot write to the output folder ${out}: permission denied\n`);
  });
});

describe('two runs writing the same output folder', () => {
  it('each swaps in a whole set; the last stays, nothing fails, no hidden folder is left behind', async () => {
    const { writeRenderings } = await import('../../pipeline/runner/outputs.ts');
    const out = await mkdtemp(join(tmpdir(), 'unletters-same-out-'));
    const runs = Array.from({ length: 12 }, (_, run) =>
      writeRenderings(out, 'letter', [
        { extension: 'txt', content: `run ${run}` },
        { extension: 'json', content: JSON.stringify({ run }) },
      ]),
    );
    await expect(Promise.all(runs)).resolves.toHaveLength(12);
    expect(await readdir(out)).toEqual(['letter']);
    const text = await readFile(join(out, 'letter/letter.txt'), 'utf8');
    const json = JSON.parse(await readFile(join(out, 'letter/letter.json'), 'utf8'));
    expect(text).toBe(`run ${json.run}`);
  });
});
