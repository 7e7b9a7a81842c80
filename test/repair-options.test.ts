import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../pipeline/runner/index.ts';
import { expectDefaultRepair, expectOptionsSeen, OPTION_ARGUMENTS, OPTIONS, readOutput, runIngestCommand, writeLetter } from './repair-options.ts';

let folder: string;
let input: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'unletters-options-'));
  input = await writeLetter(folder);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('repair options', () => {
  it('reach the repair from the command line (ingest run in-process)', async () => {
    const plain = join(folder, 'cli-plain');
    expect(await runIngestCommand([input, '--out', plain, '--quiet'])).toBe(0);
    expectDefaultRepair(await readOutput(plain));
    const chosen = join(folder, 'cli-options');
    expect(await runIngestCommand([input, '--out', chosen, '--quiet', ...OPTION_ARGUMENTS])).toBe(0);
    expectOptionsSeen(await readOutput(chosen));
  });

  it('reach the repair through the runner API', async () => {
    const out = join(folder, 'api');
    const [result] = await ingest([input], { out, ...OPTIONS });
    expect(result!.ok).toBe(true);
    expectOptionsSeen(result!.document!);
    expectOptionsSeen(await readOutput(out));
  });

  it('refuse a threshold outside 0 to 1 on the command line', async () => {
    await expect(runIngestCommand([input, '--out', join(folder, 'bad'), '--repair-threshold', '1.5'])).rejects.toThrow(/0 to 1/);
  });
});
