import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { submitDocuments } from '../../workers/flow.ts';
import { followDocuments, openQueues } from '../../workers/follow.ts';
import { stageJobId } from '../../workers/queues.ts';
import { startWorkers } from '../../workers/worker.ts';
import { copySeeds, projectRoot, queueTestLifecycle } from './helpers.ts';

const run = queueTestLifecycle();

test('a bad input fails at once with its reason kept, while the others complete', async () => {
  const good = (await copySeeds(join(run.context.shared, 'in'))).slice(0, 2);
  const empty = join(run.context.shared, 'in', 'empty.txt');
  const binary = join(run.context.shared, 'in', 'binary.txt');
  await writeFile(empty, '');
  await writeFile(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x42]));
  // A .pdf that is not one: refused by the page planning, before any OCR job.
  const fakePdf = join(run.context.shared, 'in', 'not-a-pdf.pdf');
  await copyFile(join(projectRoot, 'fixtures/bad-inputs/not-a-pdf.pdf'), fakePdf);

  run.workers = await startWorkers({ settings: run.context.settings });
  const submitted = await submitDocuments([empty, ...good, binary, fakePdf], { out: join(run.context.shared, 'out'), settings: run.context.settings });
  const outcomes = await followDocuments(submitted.documents, { settings: run.context.settings, pollMilliseconds: 100 });

  expect(outcomes.map((outcome) => [outcome.input, outcome.ok])).toEqual([
    [empty, false],
    [good[0], true],
    [good[1], true],
    [binary, false],
    [fakePdf, false],
  ]);
  expect(outcomes[0]!.error).toBe(`${empty}: the file is empty`);
  expect(outcomes[3]!.error!.startsWith(`${binary}: `)).toBe(true);
  expect(outcomes[3]!.error).toMatch(/binary/);
  expect(outcomes[4]!.error).toMatch(new RegExp(`^${fakePdf.replaceAll('.', '\\.')}: not a PDF`));

  // The reason is on the failed job itself, and bad input is never retried.
  const queues = openQueues(run.context.settings);
  try {
    const extract = await queues.get('extract')!.getJob(stageJobId('extract', submitted.documents[0]!.documentKey));
    expect(await extract!.getState()).toBe('failed');
    expect(extract!.failedReason).toBe(`${empty}: the file is empty`);
    expect(extract!.attemptsMade).toBe(1);
    const root = await queues.get('emit')!.getJob(submitted.documents[0]!.rootJobId);
    expect(await root!.getState()).toBe('failed');
    const plan = await queues.get('plan')!.getJob(stageJobId('plan', submitted.documents[4]!.documentKey));
    expect([await plan!.getState(), plan!.attemptsMade]).toEqual(['failed', 1]);
    expect(await queues.get('ocr')!.getJobCounts('waiting', 'active', 'completed', 'failed')).toEqual({ waiting: 0, active: 0, completed: 0, failed: 0 });
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
});
