import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { expect, test } from 'vitest';
import { ingest } from '../../pipeline/runner/index.ts';
import { submitDocuments } from '../../workers/flow.ts';
import { followDocuments, openQueues } from '../../workers/follow.ts';
import { pageJobId } from '../../workers/queues.ts';
import { startWorkers } from '../../workers/worker.ts';
import { projectRoot, queueTestLifecycle, spawnWorker, until } from './helpers.ts';

const run = queueTestLifecycle();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function copyScans(names: string[]): Promise<string[]> {
  const folder = join(run.context.shared, 'in');
  await mkdir(folder, { recursive: true });
  return Promise.all(
    names.map(async (name) => {
      await copyFile(join(projectRoot, 'fixtures/scans', name), join(folder, name));
      return join(folder, name);
    }),
  );
}

test('scans: OCR fanned out per page to sandboxed processes gives the same bytes as the in-process run', async () => {
  // An image page (1 OCR page), a PDF with a broken text layer (OCR'd pages), a born-digital PDF (no OCR job).
  const inputs = await copyScans(['seed003-page-150dpi.png', 'seed000-broken-text-layer.pdf', 'seed003-born-digital.pdf']);
  const inProcess = await ingest(inputs, { out: join(run.context.shared, 'in-process') });
  expect(inProcess.filter((result) => !result.ok)).toEqual([]);

  run.workers = await startWorkers({ settings: run.context.settings });
  const out = join(run.context.shared, 'queued');
  const { documents } = await submitDocuments(inputs, { out, settings: run.context.settings });
  const outcomes = await followDocuments(documents, { settings: run.context.settings, pollMilliseconds: 200 });
  expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([]);

  const entries = await readdir(join(run.context.shared, 'in-process'), { withFileTypes: true });
  for (const folder of entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
    // Every rendering, the PDF included: both runs are made at SOURCE_DATE_EPOCH (vitest.config.ts).
    const files = await readdir(join(run.context.shared, 'in-process', folder));
    expect(files).toContain(`${folder}.json`);
    for (const file of files) {
      const expected = await readFile(join(run.context.shared, 'in-process', folder, file));
      expect((await readFile(join(out, folder, file))).equals(expected), `${folder}/${file}`).toBe(true);
    }
  }
  const queues = openQueues(run.context.settings);
  try {
    const pages = await queues.get('ocr')!.getCompleted();
    const pagesOf = (index: number) => pages.filter((job) => job.data.documentKey === documents[index]!.documentKey).length;
    // With no --lang the plan job reads the first page to OCR to choose the language and keeps it; every
    // other OCR'd page was a page job. The born-digital PDF keeps its text layer: no OCR at all.
    for (const [index, input] of inputs.entries()) {
      const name = basename(input, extname(input));
      const document = JSON.parse(await readFile(join(out, name, `${name}.json`), 'utf8'));
      const ocrPages = document.pages.filter((page: { method: string }) => page.method === 'ocr').length;
      expect(pagesOf(index), name).toBe(Math.max(0, ocrPages - 1));
    }
    expect(pagesOf(2)).toBe(0);
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
});

test('an OCR child process killed mid-page: the page is OCR’d again and the document completes', async () => {
  const [input] = await copyScans(['seed003-page-150dpi.png']);
  // Every OCR page job holds 3 s once started (the OCR itself is replayed in no time), so that the child
  // is killed in the middle of a page; the retry holds as long, then completes.
  const worker = await spawnWorker(run.context, { UNLETTERS_TEST_HOLD_MS: '3000', UNLETTERS_TEST_HOLD_STAGE: 'ocr' }, ['--concurrency', '1']);
  // The language given, so that the page is OCR'd by a page job (not read by the plan job to choose it).
  const { documents } = await submitDocuments([input!], { out: join(run.context.shared, 'out'), settings: run.context.settings, lang: 'fr' });
  const queues = openQueues(run.context.settings);
  try {
    const pageJob = () => queues.get('ocr')!.getJob(pageJobId(documents[0]!.documentKey, 1));
    // Killed once the page is being OCR'd (the processor reports it), not while the child is still starting.
    await until(async () => typeof (await pageJob())?.progress === 'object', 60_000, 'the OCR of the page to start');
    // The sandboxed processor is a child process of the worker: kill it, not the worker.
    const children = execFileSync('pgrep', ['-P', String(worker.pid)], { encoding: 'utf8' }).trim().split('\n').map(Number);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) process.kill(child, 'SIGKILL');

    const [outcome] = await followDocuments(documents, { settings: run.context.settings, pollMilliseconds: 200 });
    expect(outcome).toMatchObject({ ok: true });
    const page = (await pageJob())!;
    expect(await page.getState()).toBe('completed');
    expect(page.attemptsStarted).toBe(2);

    // The worker itself killed outright: its OCR child (started for the retry) must not live on as an orphan.
    const retryChildren = execFileSync('pgrep', ['-P', String(worker.pid)], { encoding: 'utf8' }).trim().split('\n').map(Number);
    worker.kill('SIGKILL');
    await until(async () => retryChildren.every((pid) => !isAlive(pid)), 10_000, 'the OCR child to exit with its worker');
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }
});
