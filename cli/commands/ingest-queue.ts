import { isAbsolute } from 'node:path';
import cliProgress from 'cli-progress';
import type { PipelineOptions } from '../../pipeline/stages.ts';
import { isOutputFolderError } from '../../pipeline/runner/outputs.ts';
import { submitDocuments } from '../../workers/flow.ts';
import { followDocuments } from '../../workers/follow.ts';
import { sharedRoot, toShared } from '../../workers/shared-folder.ts';

export interface QueuedIngestOptions {
  out: string;
  /** Every stage's options, carried in the job data to the workers. */
  pipelineOptions: PipelineOptions;
  quiet?: boolean;
  detach?: boolean;
}

/**
 * `ingest --queue`: submits every input to the queues, then (unless `--detach`) follows them with a progress
 * bar until each is done. Same exit status and failure lines as the in-process run.
 */
export async function ingestThroughQueue(inputs: string[], options: QueuedIngestOptions): Promise<number> {
  if (isAbsolute(toShared(options.out))) {
    process.stderr.write(`note: ${options.out} is outside the shared folder ${sharedRoot()} (UNLETTERS_SHARED): only workers on this machine can write it\n`);
  }
  let submitted;
  try {
    submitted = await submitDocuments(inputs, { ...options.pipelineOptions, out: options.out });
  } catch (error) {
    if (!isOutputFolderError(error)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const { documents, problems, skipped } = submitted;
  for (const line of skipped) process.stderr.write(`${line}\n`);
  for (const problem of problems) process.stderr.write(`${problem.error}\n`);
  const queued = documents.filter((document) => document.submission === 'queued').length;
  const earlier = documents.length - queued;
  if (!options.quiet) {
    process.stderr.write(`${queued} documents queued${earlier ? `, ${earlier} already queued or done` : ''}\n`);
  }
  if (options.detach) return problems.length > 0 ? 1 : 0;
  const bar =
    !options.quiet && process.stderr.isTTY
      ? new cliProgress.SingleBar({ format: 'documents {bar} {value}/{total} | {failed} failed | {stages}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
      : undefined;
  bar?.start(documents.length, 0, { failed: 0, stages: '' });
  let failed = 0;
  const outcomes = await followDocuments(documents, {
    onUpdate: (done, _total, finished, stageOf) => {
      for (const outcome of finished) {
        if (outcome.ok) continue;
        failed++;
        // Over the bar's line: clear it first, the bar redraws below on the next update.
        process.stderr.write(`${bar ? '\r\x1b[K' : ''}${outcome.error}\n`);
      }
      const counts = new Map<string, number>();
      for (const stage of stageOf.values()) counts.set(stage, (counts.get(stage) ?? 0) + 1);
      bar?.update(done, { failed, stages: [...counts].map(([stage, count]) => `${count} past ${stage}`).join(', ') });
    },
  });
  bar?.stop();
  const failures = outcomes.filter((outcome) => !outcome.ok).length + problems.length;
  const total = outcomes.length + problems.length;
  if (!options.quiet || failures > 0) process.stderr.write(`${total - failures} of ${total} documents written to ${options.out}\n`);
  return failures > 0 ? 1 : 0;
}
