import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { submitDocuments } from '../../workers/flow.ts';
import { followDocuments, openQueues } from '../../workers/follow.ts';
import type { LocalRedis } from '../setup/redis.ts';
import { startLocalRedis } from '../setup/redis.ts';
import type { QueueTestContext } from './helpers.ts';
import { cleanUp, copySeeds, newContext, spawnWorker, until } from './helpers.ts';

const persistent = ['--appendonly', 'yes', '--appendfsync', 'always', '--save', ''];
let redis: LocalRedis;
let context: QueueTestContext;

beforeEach(async () => {
  // This test restarts Redis: it gets a server of its own, with the AOF on as in docker-compose.yml.
  redis = await startLocalRedis(persistent);
  context = await newContext(redis.url);
  process.env.UNLETTERS_SHARED = context.shared;
});

afterEach(async () => {
  delete process.env.UNLETTERS_SHARED;
  await cleanUp(context);
  redis.stop();
  await rm(redis.folder, { recursive: true, force: true });
});

// The workers load their lexicons, name tables and fonts before serving (issue 18: lock safety), which
// takes tens of seconds on a loaded two-core machine: the hang guard is wider than the default.
test('a Redis restart in the middle of a run loses nothing', { timeout: 300_000 }, async () => {
  const inputs = await copySeeds(join(context.shared, 'in'), 2);
  // Every job takes at least 150 ms, so the run is still going when Redis goes down.
  await spawnWorker(context, { UNLETTERS_TEST_HOLD_MS: '150' });
  const out = join(context.shared, 'out');
  const { documents } = await submitDocuments(inputs, { out, settings: context.settings });
  expect(documents).toHaveLength(10);

  const queues = openQueues(context.settings);
  try {
    await until(async () => (await queues.get('emit')!.getJobCounts('completed')).completed! >= 2, 60_000, 'two documents done');
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
  const doneBefore = (await readdir(out, { withFileTypes: true })).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name).length;
  redis.stop();
  await new Promise((resolve) => setTimeout(resolve, 500));
  redis = await startLocalRedis(persistent, redis.port, redis.folder);

  const outcomes = await followDocuments(documents, { settings: context.settings, pollMilliseconds: 200 });
  expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([]);
  expect(doneBefore).toBeLessThan(10);
  const folders = (await readdir(out, { withFileTypes: true })).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
  expect(folders).toHaveLength(10);
  for (const folder of folders) expect(await readdir(join(out, folder))).toContain(`${folder}.json`);
});
