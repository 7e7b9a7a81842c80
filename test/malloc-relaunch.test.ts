import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { MMAP_THRESHOLD, needsMallocRelaunch } from '../bin/malloc-relaunch.js';
import { ocrChildEnvironment } from '../workers/worker.ts';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'bin/unletters.js');
const scratch = mkdtemp(join(tmpdir(), 'unletters-relaunch-'));
afterAll(async () => rm(await scratch, { recursive: true, force: true }));

describe('ingest started with the malloc threshold fixed', () => {
  it('hands over ingest only, once, and only on Linux', () => {
    expect(needsMallocRelaunch(['ingest', 'letter.pdf', '--out', 'out'], {}, 'linux')).toBe(true);
    expect(needsMallocRelaunch(['--quiet', 'ingest', 'letter.pdf'], {}, 'linux')).toBe(true);
    expect(needsMallocRelaunch(['ingest', 'letter.pdf'], { MALLOC_MMAP_THRESHOLD_: MMAP_THRESHOLD }, 'linux')).toBe(false);
    expect(needsMallocRelaunch(['ingest', '--help'], {}, 'linux')).toBe(false);
    expect(needsMallocRelaunch(['status'], {}, 'linux')).toBe(false);
    expect(needsMallocRelaunch(['--help'], {}, 'linux')).toBe(false);
    expect(needsMallocRelaunch(['ingest', 'letter.pdf'], {}, 'darwin')).toBe(false);
  });

  it('starts a run of text letters only once: it holds no page buffers', async () => {
    const folder = join(await scratch, 'letters');
    await mkdir(join(folder, 'more'), { recursive: true });
    await writeFile(join(folder, 'letter.txt'), 'Letter dated 1 March 2024.');
    await writeFile(join(folder, 'more', 'other.TXT'), 'Letter dated 2 March 2024.');
    expect(needsMallocRelaunch(['ingest', join(folder, 'letter.txt'), '--out', folder, '--threads', '1'], {}, 'linux')).toBe(false);
    expect(needsMallocRelaunch(['ingest', folder, '-o', join(folder, 'out.pdf')], {}, 'linux')).toBe(false);
    await writeFile(join(folder, 'more', 'scan.pdf'), '%PDF-1.7');
    expect(needsMallocRelaunch(['ingest', folder, '--out', 'out'], {}, 'linux')).toBe(true);
    expect(needsMallocRelaunch(['ingest', join(folder, 'letter.txt'), join(folder, 'more', 'scan.pdf'), '--out', 'out'], {}, 'linux')).toBe(true);
    expect(needsMallocRelaunch(['ingest', join(folder, 'no-such-letter.txt'), '--out', 'out'], {}, 'linux')).toBe(true);
  });

  it("gives the queue's OCR children the threshold ingest runs with, unless one is set", () => {
    expect(ocrChildEnvironment({ PATH: '/bin' })).toEqual({ PATH: '/bin', MALLOC_MMAP_THRESHOLD_: MMAP_THRESHOLD });
    expect(ocrChildEnvironment({ MALLOC_MMAP_THRESHOLD_: '65536' }).MALLOC_MMAP_THRESHOLD_).toBe('65536');
    expect(MMAP_THRESHOLD).toBe('262144');
  });

  it('leaves with the exit status of the run and says what went wrong once', async () => {
    const env = { ...process.env };
    delete env.MALLOC_MMAP_THRESHOLD_;
    const failed = await promisify(execFile)(process.execPath, [cli, 'ingest', join(root, 'no-such-letter.txt'), '--out', await scratch, '--quiet'], { env }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stderr.split('no such file or folder').length - 1).toBe(1);
  });

  it('stops the run when told to stop, and leaves as stopped by that signal', async () => {
    const env = { ...process.env };
    delete env.MALLOC_MMAP_THRESHOLD_;
    const started = spawn(process.execPath, [cli, 'ingest', join(root, 'fixtures/scans/seed002-scan-200dpi.pdf'), '--out', await scratch, '--quiet'], { env, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => started.on('exit', (_code, signal) => resolve(signal)));
    const run = await untilChild(started.pid!);
    started.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(alive(run)).toBe(false);
  }, 30_000);
});

/** The pid of the process's child, once it has one. */
async function untilChild(pid: number): Promise<number> {
  for (;;) {
    const { stdout } = await promisify(execFile)('pgrep', ['-P', String(pid)]).catch(() => ({ stdout: '' }));
    if (stdout.trim()) return Number(stdout.trim().split('\n')[0]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
