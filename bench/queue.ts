/**
 * Documents per minute in-process, and through the queues with 1 and with 2 worker processes, over 20 text
 * letters (the 5 seeds under 4 names each) and 20 scanned letters (the fixtures/scans/ files in turn);
 * and the queue's overhead per job. Starts its own Redis unless REDIS_URL is set.
 *   npm run bench:queue [-- --scans-only | --text-only] [--no-pin]
 */
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../pipeline/runner/index.ts';
import type { QueueSettings } from '../workers/connection.ts';
import { submitDocuments } from '../workers/flow.ts';
import { followDocuments, openQueues } from '../workers/follow.ts';
import type { StageName } from '../workers/queues.ts';
import { DOCUMENT_JOBS, stageJobId } from '../workers/queues.ts';
import type { Queue } from 'bullmq';
import { startLocalRedis } from '../test/setup/redis.ts';
import { stopWorkers, untilServing } from './workers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const argumentsGiven = new Set(process.argv.slice(2));

async function letters(folder: string): Promise<{ text: string[]; scans: string[] }> {
  await mkdir(folder, { recursive: true });
  const text: string[] = [];
  const seeds = (await readdir(join(root, 'fixtures/seeds'))).filter((name) => name.endsWith('.txt')).sort();
  for (let copy = 0; copy < 4; copy++) {
    for (const seed of seeds) {
      const target = join(folder, `text-${copy}-${seed}`);
      await copyFile(join(root, 'fixtures/seeds', seed), target);
      text.push(target);
    }
  }
  // 20 scanned letters: the scans (image-only PDFs, a broken text layer, a born-digital PDF, page images)
  // in turn under other names.
  const scans: string[] = [];
  const scanFolder = join(root, 'fixtures/scans');
  const scanNames = (await readdir(scanFolder).catch(() => [])).filter((name) => /\.(pdf|png|jpe?g|tiff?)$/i.test(name)).sort();
  for (let index = 0; scanNames.length > 0 && index < 20; index++) {
    const name = scanNames[index % scanNames.length]!;
    const target = join(folder, `scan-${index}-${name}`);
    await copyFile(join(scanFolder, name), target);
    scans.push(target);
  }
  return { text, scans };
}

/**
 * Each worker process stands for one machine: unless --no-pin, it is pinned to a core of its own (taskset),
 * so that one worker cannot already spread over the cores the second one is meant to add.
 */
const pin = !argumentsGiven.has('--no-pin') && spawnSync('taskset', ['-V']).status === 0;

async function spawnWorker(settings: QueueSettings, shared: string, index: number): Promise<ChildProcess> {
  const command = [process.execPath, join(root, 'bin/unletters.js'), 'worker', '--concurrency', '1'];
  const pinned = pin ? ['taskset', '-c', String(index % availableParallelism()), ...command] : command;
  const child = spawn(pinned[0]!, pinned.slice(1), {
    env: { ...process.env, REDIS_URL: settings.url, UNLETTERS_QUEUE_PREFIX: settings.prefix, UNLETTERS_SHARED: shared },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return untilServing(child);
}

async function timeInProcess(inputs: string[], out: string): Promise<number> {
  const started = performance.now();
  const results = await ingest(inputs, { out });
  const failed = results.filter((result) => !result.ok);
  if (failed.length) throw new Error(`in-process failures: ${failed.map((result) => result.error).join('; ')}`);
  return performance.now() - started;
}

/** Milliseconds from submission to the last document written, workers already started; and jobs run. */
/**
 * Like the in-process run, the workers are timed warm: small letters are sent until every worker has run a
 * job of each stage (its OCR child process started, dictionaries and OCR data loaded). Returns jobs run.
 */
async function warmUp(settings: QueueSettings, shared: string, workerCount: number, input: string): Promise<number> {
  const queues = openQueues(settings);
  try {
    for (let round = 0; round < 4 * workerCount; round++) {
      const copy = join(shared, 'warm-up-in', `${settings.prefix}-${round}${extname(input)}`);
      await mkdir(join(shared, 'warm-up-in'), { recursive: true });
      await copyFile(input, copy);
      const { documents } = await submitDocuments([copy], { out: join(shared, 'warm-up-out'), settings });
      await followDocuments(documents, { settings, pollMilliseconds: 50 });
      const stages: StageName[] = [...DOCUMENT_JOBS.map((job) => job.name), ...(isPaged(input) ? ['ocr' as const] : [])];
      let warm = true;
      for (const stage of stages) {
        const workers = new Set((await queues.get(stage)!.getCompleted()).map((job) => job.processedBy));
        if (workers.size < workerCount) warm = false;
      }
      if (warm) break;
    }
    let jobs = 0;
    for (const queue of queues.values()) jobs += (await queue.getJobCounts('completed')).completed ?? 0;
    return jobs;
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
}

const isPaged = (path: string) => !path.endsWith('.txt');

async function timeQueued(inputs: string[], shared: string, url: string, workerCount: number, warmUpInput: string): Promise<{ milliseconds: number; jobs: number; handOff?: number }> {
  const settings = { url, prefix: `bench-${randomUUID()}` };
  const workers: ChildProcess[] = [];
  for (let index = 0; index < workerCount; index++) workers.push(await spawnWorker(settings, shared, index));
  try {
    const out = join(shared, `out-${workerCount}-${settings.prefix}`);
    const jobsBefore = await warmUp(settings, shared, workerCount, warmUpInput);
    const started = performance.now();
    const { documents } = await submitDocuments(inputs, { out, settings });
    const outcomes = await followDocuments(documents, { settings, pollMilliseconds: 50 });
    const milliseconds = performance.now() - started;
    const failed = outcomes.filter((outcome) => !outcome.ok);
    if (failed.length) throw new Error(`queued failures: ${failed.map((outcome) => outcome.error).join('; ')}`);
    const queues = openQueues(settings);
    try {
      let jobs = -jobsBefore;
      for (const queue of queues.values()) jobs += (await queue.getJobCounts('completed')).completed ?? 0;
      const handOff = workerCount === 1 ? await handOffPerJob(inputs.slice(0, 5), shared, settings, queues) : undefined;
      for (const queue of queues.values()) await queue.obliterate({ force: true });
      return { milliseconds, jobs, handOff };
    } finally {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
    }
  } finally {
    await stopWorkers(workers);
  }
}

/**
 * The queue's own cost per job, with nothing waiting: documents sent one at a time; from the first job's
 * creation to the last job's end, minus the time spent inside the processors, per job.
 */
async function handOffPerJob(inputs: string[], shared: string, settings: QueueSettings, queues: Map<StageName, Queue>): Promise<number> {
  let idle = 0;
  let jobs = 0;
  for (const [index, input] of inputs.entries()) {
    const copy = join(shared, 'hand-off-in', `${settings.prefix}-${index}${extname(input)}`);
    await mkdir(join(shared, 'hand-off-in'), { recursive: true });
    await copyFile(input, copy);
    const { documents } = await submitDocuments([copy], { out: join(shared, 'hand-off-out'), settings });
    await followDocuments(documents, { settings, pollMilliseconds: 50 });
    const key = documents[0]!.documentKey;
    const chain = await Promise.all(DOCUMENT_JOBS.map(({ name }) => queues.get(name)!.getJob(stageJobId(name, key))));
    const pages = (await queues.get('ocr')!.getCompleted()).filter((job) => job.data.documentKey === key);
    const all = [...chain, ...pages].filter((job) => job !== undefined);
    const inside = all.reduce((sum, job) => sum + (job.finishedOn! - job.processedOn!), 0);
    idle += chain.at(-1)!.finishedOn! - chain[0]!.timestamp - inside;
    jobs += all.length;
  }
  return idle / jobs;
}

const perMinute = (count: number, milliseconds: number) => (count / milliseconds) * 60_000;

async function benchmark(label: string, inputs: string[], shared: string, url: string): Promise<void> {
  if (inputs.length === 0) {
    console.log(`${label}: no input this checkout can read; skipped`);
    return;
  }
  // Warm up once (dictionaries, OCR data): neither side should pay loading in its figure.
  await ingest(inputs.slice(0, 1), { out: join(shared, 'warm-up') });
  const inProcess = await timeInProcess(inputs, join(shared, `in-process-${label}`));
  const one = await timeQueued(inputs, shared, url, 1, inputs[0]!);
  const two = await timeQueued(inputs, shared, url, 2, inputs[0]!);
  console.log(`${label}: ${inputs.length} documents (${one.jobs} jobs through the queues)`);
  console.log(`  in-process            ${perMinute(inputs.length, inProcess).toFixed(1).padStart(8)} documents/min (${(inProcess / 1000).toFixed(2)} s)`);
  console.log(`  queue, 1 worker       ${perMinute(inputs.length, one.milliseconds).toFixed(1).padStart(8)} documents/min (${(one.milliseconds / 1000).toFixed(2)} s)`);
  console.log(`  queue, 2 workers      ${perMinute(inputs.length, two.milliseconds).toFixed(1).padStart(8)} documents/min (${(two.milliseconds / 1000).toFixed(2)} s)`);
  console.log(`  2 workers / 1 worker  ${(one.milliseconds / two.milliseconds).toFixed(2)}×`);
  console.log(`  queue overhead        ${one.handOff!.toFixed(1)} ms per job between jobs (documents one at a time; stage files read and written inside the jobs not counted)`);
  if (!isPaged(inputs[0]!)) {
    // Text stages are single-threaded in both runs, so the difference is the queue's whole cost.
    console.log(`                        ${((one.milliseconds - inProcess) / one.jobs).toFixed(1)} ms per job all included (1 worker against in-process, over ${one.jobs} jobs)`);
  }
}

const shared = await mkdtemp(join(tmpdir(), 'unletters-bench-queue-'));
const redis = process.env.REDIS_URL ? undefined : await startLocalRedis();
const url = process.env.REDIS_URL ?? redis!.url;
process.env.UNLETTERS_SHARED = shared;
try {
  const { text, scans } = await letters(join(shared, 'in'));
  console.log(`command: npm run bench:queue${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`);
  console.log(`Redis ${url}; worker processes run \`unletters worker --concurrency 1\`${pin ? ', each pinned to its own core (taskset)' : ''}; ${availableParallelism()} cores`);
  if (!argumentsGiven.has('--scans-only')) await benchmark('text letters', text, shared, url);
  if (!argumentsGiven.has('--text-only')) await benchmark('scanned letters', scans, shared, url);
} finally {
  const { terminateOcr } = await import('../pipeline/ocr/index.ts').catch(() => ({ terminateOcr: async () => {} }));
  await terminateOcr();
  redis?.stop();
  if (redis) await rm(redis.folder, { recursive: true, force: true });
  await rm(shared, { recursive: true, force: true });
}
