import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { submitDocuments } from '../../workers/flow.ts';
import { followDocuments, openQueues } from '../../workers/follow.ts';
import { DOCUMENT_JOBS, jobOf, stageJobId } from '../../workers/queues.ts';
import type { QueueTestContext } from './helpers.ts';
import { cleanUp, copySeeds, newContext, spawnWorker, until, waitForExit } from './helpers.ts';

let context: QueueTestContext;

beforeEach(async () => {
  context = await newContext();
  process.env.UNLETTERS_SHARED = context.shared;
});

afterEach(async () => {
  delete process.env.UNLETTERS_SHARED;
  await cleanUp(context);
});

// Both workers keep the default lock timings (issue 18: a killed worker's job is taken back within 15 s).
test('a worker killed with SIGKILL mid-job: its job is taken up again within 15 s and the document completes exactly once', async () => {
  const [input] = await copySeeds(join(context.shared, 'in'));
  // The first worker holds the repair stage for two minutes (in the job that runs it): it is killed while holding one.
  const doomed = await spawnWorker(context, { UNLETTERS_TEST_HOLD_MS: '120000', UNLETTERS_TEST_HOLD_STAGE: 'repair' });
  const out = join(context.shared, 'out');
  const { documents } = await submitDocuments([input!], { out, settings: context.settings });
  const documentKey = documents[0]!.documentKey;
  const queues = openQueues(context.settings);
  try {
    const holding = jobOf('repair');
    const repairJob = () => queues.get(holding)!.getJob(stageJobId(holding, documentKey));
    await until(async () => (await (await repairJob())?.getState()) === 'active', 60_000, 'the job running repair to be active');
    // The worker that takes the job back is ready before the other dies: the delay measured is the queue's.
    await spawnWorker(context);
    doomed.kill('SIGKILL');
    const killed = Date.now();
    await waitForExit(doomed);
    await until(async () => ((await repairJob())?.attemptsStarted ?? 0) >= 2, 30_000, 'the repair job to be started again');
    expect(Date.now() - killed).toBeLessThan(15_000);

    const [outcome] = await followDocuments(documents, { settings: context.settings, pollMilliseconds: 100 });
    expect(outcome).toMatchObject({ ok: true });
    expect(await readdir(join(out, '000_44b9d8396a3b70c7'))).toContain('000_44b9d8396a3b70c7.json');

    // The job running repair was started twice (once by the dead worker) and completed once; every later job ran once.
    const repair = (await repairJob())!;
    expect(await repair.getState()).toBe('completed');
    expect(repair.attemptsStarted).toBe(2);
    const later = DOCUMENT_JOBS.slice(DOCUMENT_JOBS.findIndex((job) => job.name === holding) + 1);
    expect(later.length).toBeGreaterThan(0);
    for (const { name: stage } of later) {
      const job = (await queues.get(stage)!.getJob(stageJobId(stage, documentKey)))!;
      expect([stage, job.attemptsStarted, await job.getState()]).toEqual([stage, 1, 'completed']);
    }
    expect(await queues.get('emit')!.getJobCounts('completed', 'failed', 'active', 'waiting')).toEqual({ completed: 1, failed: 0, active: 0, waiting: 0 });
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
});

test('SIGTERM: the worker finishes its active job, then exits', async () => {
  const [input] = await copySeeds(join(context.shared, 'in'));
  const worker = await spawnWorker(context, { UNLETTERS_TEST_HOLD_MS: '1500', UNLETTERS_TEST_HOLD_STAGE: 'segment' });
  const { documents } = await submitDocuments([input!], { out: join(context.shared, 'out'), settings: context.settings });
  const documentKey = documents[0]!.documentKey;
  const queues = openQueues(context.settings);
  try {
    const holding = jobOf('segment');
    const segmentJob = () => queues.get(holding)!.getJob(stageJobId(holding, documentKey));
    await until(async () => (await (await segmentJob())?.getState()) === 'active', 60_000, 'the job running segment to be active');
    worker.kill('SIGTERM');
    await waitForExit(worker);
    expect(worker.exitCode).toBe(0);
    const segment = (await segmentJob())!;
    expect([await segment.getState(), segment.attemptsStarted]).toEqual(['completed', 1]);
    // The next job waits for a worker: nothing was lost, nothing half-done.
    const next = DOCUMENT_JOBS[DOCUMENT_JOBS.findIndex((job) => job.name === holding) + 1]!.name;
    expect(await (await queues.get(next)!.getJob(stageJobId(next, documentKey)))!.getState()).toBe('waiting');
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
});
