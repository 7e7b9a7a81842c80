/**
 * Issue 18, points 2, 4 and 5: Redis down or refusing the password is one line and a non-zero exit
 * within seconds, the password never printed; the worker warns when Redis would lose jobs; jobs Redis
 * lost are reported and their work folders removed; one unreadable input does not stop the others.
 */
import { execFileSync } from 'node:child_process';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { submitDocuments } from '../../workers/flow.ts';
import { followDocuments } from '../../workers/follow.ts';
import { persistenceWarnings } from '../../workers/redis-check.ts';
import { workerConnection } from '../../workers/connection.ts';
import { runCli as unletters } from '../helpers/cli.ts';
import type { LocalRedis } from '../setup/redis.ts';
import { freePort, startLocalRedis } from '../setup/redis.ts';
import { copySeeds, newContext, queueTestLifecycle, seedsFolder } from './helpers.ts';

const seed = join(seedsFolder, '002_4204fe919a018fb2.txt');
const password = 's3cret-Pa55word';

describe('Redis that cannot be used', () => {
  let guarded: LocalRedis;
  beforeAll(async () => {
    guarded = await startLocalRedis(['--save', '', '--requirepass', password]);
  });
  afterAll(async () => {
    guarded?.stop();
    if (guarded) await rm(guarded.folder, { recursive: true, force: true });
  });

  test('down: ingest --queue, --detach and status each print one line and exit 1 within seconds', async () => {
    const port = await freePort();
    for (const args of [['ingest', seed, '--out', '/tmp/unletters-never', '--queue'], ['ingest', seed, '--out', '/tmp/unletters-never', '--detach'], ['status']]) {
      const started = Date.now();
      const result = await unletters(args, { env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`cannot reach Redis at redis://127.0.0.1:${port}: connection refused\n`);
    }
  });

  test('wrong or missing password: one line that never shows the password', async () => {
    const wrong = await unletters(['ingest', seed, '--out', '/tmp/unletters-never', '--queue'], { env: { REDIS_URL: `redis://:${password}-wrong@127.0.0.1:${guarded.port}` } });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(`cannot reach Redis at redis://127.0.0.1:${guarded.port}: authentication failed (wrong user or password)\n`);
    expect(wrong.stderr + wrong.stdout).not.toContain(password);
    const none = await unletters(['status'], { env: { REDIS_URL: `redis://127.0.0.1:${guarded.port}` } });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+: authentication required/);
  });

  test('the worker is told when Redis would lose jobs, and not when it would not', async () => {
    // The suite's Redis runs without persistence.
    const bare = await persistenceWarnings(workerConnection(inject('redisUrl')), inject('redisUrl'));
    expect(bare).toEqual([expect.stringMatching(/has no persistence .*a restart loses every queued job/)]);
    const url = `redis://:${password}@127.0.0.1:${guarded.port}`;
    execFileSync('redis-cli', ['-p', String(guarded.port), '-a', password, '--no-auth-warning', 'config', 'set', 'appendonly', 'yes']);
    execFileSync('redis-cli', ['-p', String(guarded.port), '-a', password, '--no-auth-warning', 'config', 'set', 'maxmemory-policy', 'allkeys-lru']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const evicting = await persistenceWarnings(workerConnection(url), url);
    expect(evicting).toEqual([expect.stringMatching(/evicts keys when full \(maxmemory-policy allkeys-lru\)/)]);
    expect(evicting.join('')).not.toContain(password);
    execFileSync('redis-cli', ['-p', String(guarded.port), '-a', password, '--no-auth-warning', 'config', 'set', 'maxmemory-policy', 'noeviction']);
    expect(await persistenceWarnings(workerConnection(url), url)).toEqual([]);
  });
});

describe('jobs Redis loses', () => {
  test('a restart without persistence: the follower names the lost documents, removes their work folders and returns', async () => {
    const redis = await startLocalRedis(['--save', '', '--appendonly', 'no']);
    const context = await newContext(redis.url);
    process.env.UNLETTERS_SHARED = context.shared;
    try {
      const inputs = (await copySeeds(join(context.shared, 'in'))).slice(0, 2);
      const out = join(context.shared, 'out');
      // No worker: the documents wait in the queue when Redis goes down and comes back empty.
      const { documents } = await submitDocuments(inputs, { out, settings: context.settings });
      expect(await readdir(join(out, '.unletters-work'))).toHaveLength(2);
      redis.stop();
      const again = await startLocalRedis(['--save', '', '--appendonly', 'no'], redis.port, redis.folder);
      const started = Date.now();
      const outcomes = await followDocuments(documents, { settings: context.settings, pollMilliseconds: 100 });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(outcomes.map((outcome) => [outcome.ok, outcome.lost, outcome.error])).toEqual(
        inputs.map((input) => [false, true, `${input}: lost: its jobs are no longer in Redis (restarted without persistence, or flushed); submit it again`]),
      );
      expect(await readdir(join(out, '.unletters-work'))).toEqual([]);
      again.stop();
    } finally {
      delete process.env.UNLETTERS_SHARED;
      await rm(context.shared, { recursive: true, force: true });
      await rm(redis.folder, { recursive: true, force: true });
    }
  });
});

describe('ingest --queue with inputs that cannot be read', () => {
  const run = queueTestLifecycle();

  test('each is one line; the inputs before and after it are queued', async () => {
    const [first, second] = await copySeeds(join(run.context.shared, 'in'));
    const pipe = join(run.context.shared, 'in', 'pipe.txt');
    execFileSync('mkfifo', [pipe]);
    const big = join(run.context.shared, 'in', 'big.txt');
    await writeFile(big, 'word '.repeat(400_000));
    const result = await unletters(['ingest', first!, pipe, big, second!, '--out', join(run.context.shared, 'out'), '--detach', '--max-size', '1'], {
      env: { REDIS_URL: run.context.settings.url, UNLETTERS_QUEUE_PREFIX: run.context.settings.prefix },
    });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `${pipe}: a named pipe (FIFO), not a regular file`,
      `${big}: 1.9 MB is over the size limit of 1.0 MB (--max-size)`,
      '2 documents queued',
    ]);
  });
});
