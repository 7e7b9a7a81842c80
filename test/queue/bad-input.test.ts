import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { submitDocuments } from '../../workers/flow.ts';
import { followDocuments, openQueues } from '../../workers/follow.ts';
import { stageJobId } from '../../workers/queues.ts';
import type { RunningWorkers } from '../../workers/worker.ts';
import { startWorkers } from '../../workers/worker.ts';
import type { QueueTestContext } from './helpers.ts';
import { cleanUp, copySeeds, newContext } from './helpers.ts';

let context: QueueTestContext;
let workers: RunningWorkers | undefined;

beforeEach(async () => {
  context = await newContext();
  process.env.UNLETTERS_SHARED = context.shared;
});

afterEach(async () => {
  await workers?.close();
  workers = undefined;
  delete process.env.UNLETTERS_SHARED;
  await cleanUp(context);
});

test('a bad input fails at once with its reason kept, while the others complete', async () => {
  const good = (await copySeeds(join(context.shared, 'in'))).slice(0, 2);
  const empty = join(context.shared, 'in', 'empty.txt');
  const binary = join(context.shared, 'in', 'binary.txt');
  await writeFile(empty, '');
  await writeFile(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x42]));

  workers = await startWorkers({ settings: context.settings });
  const submitted = await submitDocuments([empty, ...good, binary], { out: join(context.shared, 'out'), settings: context.settings });
  const outcomes = await followDocuments(submitted.documents, { settings: context.settings, pollMilliseconds: 100 });

  expect(outcomes.map((outcome) => [outcome.input, outcome.ok])).toEqual([
    [empty, false],
    [good[0], true],
    [good[1], true],
    [binary, false],
  ]);
  expect(outcomes[0]!.error).toBe(`${empty}: the file is empty`);
  expect(outcomes[3]!.error).toMatch(new RegExp(`^${binary}: .*binary`));

  // The reason is on the failed job itself, and bad input is never retried.
  const queues = openQueues(context.settings);
  try {
    const extract = await queues.get('extract')!.getJob(stageJobId('extract', submitted.documents[0]!.documentKey));
    expect(await extract!.getState()).toBe('failed');
    expect(extract!.failedReason).toBe(`${empty}: the file is empty`);
    expect(extract!.attemptsMade).toBe(1);
    const root = await queues.get('emit')!.getJob(submitted.documents[0]!.rootJobId);
    expect(await root!.getState()).toBe('failed');
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
});
