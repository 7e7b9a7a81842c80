import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnDocument } from '../../model/index.ts';
import { emitAkn } from './index.ts';
import { locateSchema, SchemaNotFoundError, validateAkn } from './validate.ts';
import { runCli, type CliRunOptions } from '../../../test/helpers/cli.ts';
import { escapeRegExp } from '../../regexp.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');
const schemaDir = join(root, '../shared/schemas/akn');
const cli = join(root, 'bin/unletters.js');

/** `unletters` run in this process (test/helpers/cli.ts), from the project folder unless told otherwise. */
function unletters(args: string[], options: CliRunOptions = {}) {
  return runCli(args, { cwd: root, ...options });
}

/** `unletters` as its own process, installed command and exit status included. */
async function spawned(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, env: { ...process.env, ...options.env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

let folder: string;
let validFile: string;
let invalidFile: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'unletters-akn-'));
  const sample = JSON.parse(await readFile(join(root, 'fixtures/model/sample-letter.json'), 'utf8')) as UnDocument;
  const xml = emitAkn(sample);
  validFile = join(folder, 'sample.akn.xml');
  invalidFile = join(folder, 'broken.akn.xml');
  await writeFile(validFile, xml);
  // Text straight inside a paragraph (without content/p) is not allowed by the schema.
  await writeFile(invalidFile, xml.replace('<mainBody>', '<mainBody>\n      <paragraph eId="bad"><p>text</p></paragraph>'));
});

describe('validateAkn', () => {
  it('names the line and the problem of an invalid document', async () => {
    const result = await validateAkn(await readFile(invalidFile, 'utf8'), schemaDir);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]!.line).toBeGreaterThan(1);
    expect(result.errors[0]!.message).toMatch(/paragraph/);
  });

  it('takes the schema file itself as well as its folder', async () => {
    expect(await locateSchema(join(schemaDir, 'akomantoso30.xsd'))).toBe(join(schemaDir, 'akomantoso30.xsd'));
    expect(await locateSchema(schemaDir)).toBe(join(schemaDir, 'akomantoso30.xsd'));
  });

  it('says where to get the schema when there is none', async () => {
    await expect(locateSchema(folder)).rejects.toThrow(SchemaNotFoundError);
    await expect(locateSchema(folder)).rejects.toThrow(/docs\.oasis-open\.org\/legaldocml\/akn-core/);
  });
});

describe('unletters validate', () => {
  it('exits 0 for a valid file, from any working directory, with the default schema', async () => {
    // A process of its own: the command as installed, started from elsewhere, and its exit status.
    const result = await spawned(['validate', validFile], { cwd: tmpdir(), env: { AKN_XSD: '' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('sample.akn.xml');
  });

  it('exits 1 and prints file:line: message for an invalid file', async () => {
    const result = await unletters(['validate', invalidFile, '--schema', schemaDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${escapeRegExp(invalidFile)}:\\d+: .*paragraph`, 'm'));
  });

  it('exits 2 with one line when no schema is found (--schema or AKN_XSD)', async () => {
    const viaOption = await unletters(['validate', validFile, '--schema', folder]);
    expect(viaOption.code).toBe(2);
    expect(viaOption.stderr.trim().split('\n')).toHaveLength(1);
    expect(viaOption.stderr).toContain('docs.oasis-open.org/legaldocml/akn-core/v1.0');
    const viaEnvironment = await unletters(['validate', validFile], { env: { AKN_XSD: join(folder, 'missing.xsd') } });
    expect(viaEnvironment.code).toBe(2);
  });

  it('exits 2 without a file', async () => {
    expect((await unletters(['validate'])).code).toBe(2);
  });

  it('validates what ingest writes beside the JSON', async () => {
    const out = join(folder, 'out');
    const seed = join(root, 'fixtures/seeds/002_4204fe919a018fb2.txt');
    expect((await unletters(['ingest', seed, '--out', out, '--quiet'])).code).toBe(0);
    const written = join(out, '002_4204fe919a018fb2/002_4204fe919a018fb2.akn.xml');
    expect((await unletters(['validate', written])).code).toBe(0);
  });
});
