import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ingest } from '../../pipeline/runner/index.ts';
import { submitDocuments } from '../../workers/flow.ts';
import { followDocuments, openQueues } from '../../workers/follow.ts';
import { startWorkers } from '../../workers/worker.ts';
import { copySeeds, queueTestLifecycle } from './helpers.ts';

const run = queueTestLifecycle();

test('the seed letters through the queues give the same bytes as the in-process run, and are not processed twice', async () => {
  const inputs = await copySeeds(join(run.context.shared, 'in'));
  const inProcess = await ingest(inputs, { out: join(run.context.shared, 'in-process') });
  expect(inProcess.every((result) => result.ok)).toBe(true);

  run.workers = await startWorkers({ settings: run.context.settings });
  const queuedOut = join(run.context.shared, 'queued');
  const submitted = await submitDocuments(inputs, { out: queuedOut, settings: run.context.settings });
  expect(submitted.documents.map((document) => document.submission)).toEqual(inputs.map(() => 'queued'));
  const outcomes = await followDocuments(submitted.documents, { settings: run.context.settings, pollMilliseconds: 100 });
  expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([]);

  const entries = await readdir(join(run.context.shared, 'in-process'), { withFileTypes: true });
  for (const folder of entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
    const files = await readdir(join(run.context.shared, 'in-process', folder));
    expect(files).toContain(`${folder}.json`);
    expect(await readdir(join(queuedOut, folder))).toEqual(files);
    // Every rendering, the PDF included: both runs are made at SOURCE_DATE_EPOCH (vitest.config.ts).
    for (const file of files) {
      const expected = await readFile(join(run.context.shared, 'in-process', folder, file));
      const actual = await readFile(join(queuedOut, folder, file));
      expect(actual.equals(expected), `${folder}/${file}`).toBe(true);
    }
  }
  // The workers keep the run's catalog as the in-process runner does: the same Works, versions and folders.
  const catalog = (out: string) => readFile(join(out, 'catalog.json'), 'utf8');
  expect(await catalog(queuedOut)).toBe(await catalog(join(run.context.shared, 'in-process')));

  // The work folders are gone once the outputs are written.
  expect(await readdir(join(queuedOut, '.unletters-work'))).toEqual([]);

  // The same documents submitted again are recognised by their content hash and not processed again.
  const again = await submitDocuments(inputs, { out: queuedOut, settings: run.context.settings });
  expect(again.documents.map((document) => document.submission)).toEqual(inputs.map(() => 'already-done'));
  const queues = openQueues(run.context.settings);
  try {
    expect(await queues.get('plan')!.getJobCounts('waiting', 'active', 'completed')).toEqual({ waiting: 0, active: 0, completed: inputs.length });
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
});
