import { createHash } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { FlowJob } from 'bullmq';
import { FlowProducer, Queue } from 'bullmq';
// The runner's and the reader's small modules, not their index: the index loads every stage.
import { documentId } from '../pipeline/extract/source.ts';
import { describeFailure } from '../pipeline/runner/failures.ts';
import { expandInputs, inputLocation, readInput } from '../pipeline/runner/inputs.ts';
import { sizeProblem } from '../pipeline/runner/limits.ts';
import { outputName, prepareOutputFolder } from '../pipeline/runner/outputs.ts';
import type { PipelineOptions } from '../pipeline/stages.ts';
import type { QueueSettings } from './connection.ts';
import { producerConnection, queueSettings } from './connection.ts';
import type { DocumentJobData } from './job-data.ts';
import { sourceCopyOf, workFolderOf } from './job-data.ts';
import { childJobOptions, rootJobOptions } from './job-options.ts';
import { DOCUMENT_JOBS, queueName, stageJobId } from './queues.ts';
import { toShared } from './shared-folder.ts';
import { quiet } from './follow.ts';

export interface SubmitOptions extends PipelineOptions {
  out: string;
  settings?: Partial<QueueSettings>;
}

export interface SubmittedDocument {
  input: string;
  documentKey: string;
  /** The id of the document's last (emit) job: done when it completes. */
  rootJobId: string;
  /** `queued`, or the state of the same document submitted earlier (then not queued again). */
  submission: 'queued' | 'already-queued' | 'already-done';
  /** Its work folder (source copy, intermediate documents), removed if Redis loses its jobs. */
  workFolder: string;
}

export interface SubmitResult {
  documents: SubmittedDocument[];
  /** Inputs refused before queueing: one line each, as in the in-process run. */
  problems: { input: string; error: string }[];
  /** Entries of input folders left out on purpose (symbolic links): one line each, not failures. */
  skipped: string[];
}

/**
 * Queues every input as one flow, each job the parent of the one before it (emit ← extract … entities ←
 * plan, `DOCUMENT_JOBS`: a parent runs once all its children are done; plan adds the page OCR jobs as
 * further children of extract). The source is
 * copied into the work folder first, so workers read exactly the bytes that were hashed.
 */
export async function submitDocuments(paths: string[], options: SubmitOptions): Promise<SubmitResult> {
  const settings = queueSettings(options.settings);
  const connection = producerConnection(settings.url);
  const flows = quiet(new FlowProducer({ connection, prefix: settings.prefix }));
  const emitQueue = quiet(new Queue(queueName('emit'), { connection, prefix: settings.prefix }));
  try {
    await prepareOutputFolder(options.out);
    const { inputs, problems: inputProblems, skipped } = await expandInputs(paths);
    const problems = inputProblems.map((problem) => ({ input: problem.path, error: problem.message }));
    const documents: SubmittedDocument[] = [];
    const claimed = new Map<string, string>();
    const { out: outFolder, settings: _settings, ...pipelineOptions } = options;
    const out = toShared(outFolder);
    for (const input of inputs) {
      const name = outputName(input);
      const earlier = claimed.get(name);
      if (earlier) {
        problems.push({ input, error: `${input}: output folder ${name}/ is already taken by ${earlier} in this run` });
        continue;
      }
      claimed.set(name, input);
      // An input that cannot be read (vanished, unreadable, too big) is its own line: the others are still queued.
      let bytes: Uint8Array;
      try {
        const tooBig = sizeProblem((await stat(inputLocation(input))).size, pipelineOptions.maxFileBytes);
        if (tooBig) throw new Error(tooBig);
        bytes = new Uint8Array(await readInput(input));
      } catch (error) {
        problems.push({ input, error: describeFailure(input, readError(error)) });
        continue;
      }
      const data: DocumentJobData = {
        documentKey: documentKey(bytes, out, name, pipelineOptions),
        input,
        out,
        name,
        extension: extname(input).toLowerCase(),
        options: pipelineOptions,
      };
      const rootJobId = stageJobId('emit', data.documentKey);
      const existing = await emitQueue.getJob(rootJobId);
      const state = existing ? await existing.getState() : undefined;
      if (existing && state !== 'failed' && state !== 'unknown') {
        documents.push({ input, documentKey: data.documentKey, rootJobId, submission: state === 'completed' ? 'already-done' : 'already-queued', workFolder: workFolderOf(data) });
        continue;
      }
      // A document that failed before is tried again from the start when submitted again.
      if (existing) await existing.remove({ removeChildren: true });
      await mkdir(resolve(sourceCopyOf(data), '..'), { recursive: true });
      await writeFile(sourceCopyOf(data), bytes);
      await flows.add(documentFlow(data));
      documents.push({ input, documentKey: data.documentKey, rootJobId, submission: 'queued', workFolder: workFolderOf(data) });
    }
    return { documents, problems, skipped: skipped.map((entry) => entry.message) };
  } finally {
    await Promise.all([flows.close(), emitQueue.close()]);
  }
}

/** A read error in a few words (`permission denied`), not Node's `EACCES: permission denied, open '…'`. */
function readError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = { EACCES: 'permission denied', ENOENT: 'no such file (removed?)', EISDIR: 'is a folder', EIO: 'input/output error' };
  return code && words[code] ? new Error(words[code]) : error;
}

/**
 * The content hash, then a short hash of where and how it is processed: the same bytes sent to the same
 * output with the same options again are recognised; under another name, into another folder or with
 * other options they are another job.
 */
export function documentKey(bytes: Uint8Array, out: string, name: string, options: PipelineOptions): string {
  const settings = Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  const destination = createHash('sha256')
    .update([out, name, JSON.stringify(settings)].join('\0'))
    .digest('hex')
    .slice(0, 8);
  return `${documentId(bytes)}-${destination}`;
}

function documentFlow(data: DocumentJobData): FlowJob {
  // Built from the leaf (plan) up to the root (emit): each job is the only child of the next one.
  let node: FlowJob | undefined;
  for (const [index, job] of DOCUMENT_JOBS.entries()) {
    const isRoot = index === DOCUMENT_JOBS.length - 1;
    node = {
      name: job.name,
      queueName: queueName(job.name),
      data,
      opts: { ...(isRoot ? rootJobOptions() : childJobOptions()), jobId: stageJobId(job.name, data.documentKey) },
      ...(node ? { children: [node] } : {}),
    };
  }
  return node!;
}
