import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, inject } from 'vitest';
import type { QueueSettings } from '../../workers/connection.ts';
import { openQueues } from '../../workers/follow.ts';
import type { RunningWorkers } from '../../workers/worker.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const seedsFolder = join(projectRoot, 'fixtures/seeds');

/** One test's world: its own key prefix, its own shared folder. */
export interface QueueTestContext {
  settings: QueueSettings;
  shared: string;
  workers: ChildProcess[];
}

export async function newContext(url = inject('redisUrl')): Promise<QueueTestContext> {
  const shared = await mkdtemp(join(tmpdir(), 'unletters-queue-'));
  return { settings: { url, prefix: `test-${randomUUID()}` }, shared, workers: [] };
}

/** Drops every queue of the test's prefix and its folder; kills worker processes still running. */
/** A test file's queue state: a fresh context (own prefix and folder) per test, in-process workers if started. */
export interface QueueTestRun {
  context: QueueTestContext;
  workers?: RunningWorkers;
}

/**
 * Gives every test of the calling file its own context and shared folder, and after it closes the
 * workers it started and removes its queues and files.
 */
export function queueTestLifecycle(): QueueTestRun {
  const run = {} as QueueTestRun;
  beforeEach(async () => {
    run.context = await newContext();
    process.env.UNLETTERS_SHARED = run.context.shared;
  });
  afterEach(async () => {
    await run.workers?.close();
    delete run.workers;
    delete process.env.UNLETTERS_SHARED;
    await cleanUp(run.context);
  });
  return run;
}

export async function cleanUp(context: QueueTestContext): Promise<void> {
  for (const worker of context.workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
  const queues = openQueues(context.settings);
  try {
    for (const queue of queues.values()) await queue.obliterate({ force: true });
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
  await rm(context.shared, { recursive: true, force: true });
}

/** `npx unletters worker` as its own process; resolves once it serves its queues. */
export async function spawnWorker(context: QueueTestContext, environment: Record<string, string> = {}, extraArguments: string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(projectRoot, 'bin/unletters.js'), 'worker', ...extraArguments], {
    cwd: projectRoot,
    env: {
      ...process.env,
      REDIS_URL: context.settings.url,
      UNLETTERS_QUEUE_PREFIX: context.settings.prefix,
      UNLETTERS_SHARED: context.shared,
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  context.workers.push(child);
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${log}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}: ${log}`));
    });
  });
  child.removeAllListeners('exit');
  child.stdout!.resume();
  if (process.env.UNLETTERS_TEST_WORKER_LOG) child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[worker ${child.pid}] ${chunk}`));
  return child;
}

export async function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => child.once('exit', resolve));
}

/** Copies the seed letters into the shared folder, under `copies` different names each. */
export async function copySeeds(folder: string, copies = 1): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (const seed of (await readdir(seedsFolder)).filter((name) => name.endsWith('.txt')).sort()) {
    for (let copy = 0; copy < copies; copy++) {
      const target = join(folder, copies === 1 ? seed : `${basename(seed, '.txt')}-copy${copy}.txt`);
      await copyFile(join(seedsFolder, seed), target);
      paths.push(target);
    }
  }
  return paths;
}

export async function until(condition: () => Promise<boolean>, timeoutMilliseconds = 60_000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMilliseconds) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
