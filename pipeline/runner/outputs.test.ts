import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeName, writeRenderings } from './outputs.ts';

describe('safeName', () => {
  it('never yields a path: separators, parent references and hidden names are neutralized', () => {
    expect(safeName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeName('..')).toBe('document');
    expect(safeName('.hidden')).toBe('hidden');
    expect(safeName('a\\b:c*d')).toBe('a_b_c_d');
    expect(safeName('')).toBe('document');
    expect(safeName('Lettre 2011')).toBe('Lettre 2011');
  });
});

describe('writeRenderings', () => {
  it('replaces an earlier set of outputs whole', async () => {
    const out = await mkdtemp(join(tmpdir(), 'unletters-write-'));
    await writeRenderings(out, 'letter', [{ extension: 'txt', content: 'one' }, { extension: 'json', content: '{}' }]);
    await writeRenderings(out, 'letter', [{ extension: 'txt', content: 'two' }]);
    expect(await readdir(out)).toEqual(['letter']);
    expect(await readdir(join(out, 'letter'))).toEqual(['letter.txt']);
    expect(await readFile(join(out, 'letter/letter.txt'), 'utf8')).toBe('two');
  });

  it('leaves the earlier outputs and no partial folder when writing fails', async () => {
    const out = await mkdtemp(join(tmpdir(), 'unletters-write-'));
    await writeRenderings(out, 'letter', [{ extension: 'txt', content: 'kept' }]);
    const broken = [{ extension: 'txt', content: 'new' }, { extension: 'json', content: 42 as unknown as string }];
    await expect(writeRenderings(out, 'letter', broken)).rejects.toThrow();
    expect(await readdir(out)).toEqual(['letter']);
    expect(await readFile(join(out, 'letter/letter.txt'), 'utf8')).toBe('kept');
  });
});
