import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { tagEntities } from '../entities/index.ts';
import { isInputError } from '../errors.ts';
import type { ExtractOptions, SourceFile } from '../extract/index.ts';
import { extract } from '../extract/index.ts';
import type { LanguageCode, UnDocument } from '../model/index.ts';
import { repair } from '../repair/index.ts';
import { segment } from '../segment/index.ts';
import { detectAnnexLanguages } from '../lang/annex-language.ts';
import { newDocument } from './document.ts';
import { expandInputs } from './inputs.ts';
import type { Rendering } from './outputs.ts';
import { renderAll, safeName, writeRenderings } from './outputs.ts';

export type { Emitter, Rendering } from './outputs.ts';
export { emitters, renderAll, safeName, writeRenderings } from './outputs.ts';
export { expandInputs, INPUT_EXTENSIONS } from './inputs.ts';
export { newDocument } from './document.ts';

export interface RunOptions extends ExtractOptions {
  /** Force the document language instead of detecting it. */
  lang?: LanguageCode;
}

/** A named step over the document; the same functions run in-process and behind the queues. */
export interface Stage {
  name: 'repair' | 'segment' | 'entities';
  run(document: UnDocument, options: RunOptions): Promise<UnDocument> | UnDocument;
}

export const stages: Stage[] = [
  { name: 'repair', run: (document) => repair(document) },
  // Annex languages are told once segmentation has found where each annex starts.
  { name: 'segment', run: (document) => detectAnnexLanguages(segment(document)) },
  { name: 'entities', run: (document) => tagEntities(document) },
];

/** Runs every stage after extraction on one source file. */
export async function processSource(file: SourceFile, options: RunOptions = {}): Promise<UnDocument> {
  const extraction = await extract(file, options);
  let document = newDocument(extraction, file.bytes, options.lang);
  for (const stage of stages) document = await stage.run(document, options);
  return document;
}

/** The name an input's outputs are filed under: its file name without the extension. */
export function outputName(inputPath: string): string {
  return safeName(basename(inputPath, extname(inputPath)));
}

export interface IngestResult {
  input: string;
  ok: boolean;
  /** Folder the outputs were written to. */
  folder?: string;
  /** One line naming the file and the problem. */
  error?: string;
  document?: UnDocument;
  milliseconds: number;
}

export interface IngestOptions extends RunOptions {
  out: string;
  onResult?: (result: IngestResult, index: number, total: number) => void;
  onStart?: (input: string, index: number, total: number) => void;
}

/**
 * Ingests files and folders in-process: every input that can be read is processed and written, whatever
 * happens to the others; each failure becomes one line in its result.
 */
export async function ingest(paths: string[], options: IngestOptions): Promise<IngestResult[]> {
  const { inputs, problems } = await expandInputs(paths);
  const results: IngestResult[] = problems.map((problem) => ({ input: problem.path, ok: false, error: problem.message, milliseconds: 0 }));
  const total = inputs.length + problems.length;
  problems.forEach((_, index) => options.onResult?.(results[index]!, index, total));
  const claimed = new Map<string, string>();
  for (const [position, input] of inputs.entries()) {
    const index = problems.length + position;
    options.onStart?.(input, index, total);
    const started = performance.now();
    const result: IngestResult = { input, ok: false, milliseconds: 0 };
    try {
      const name = outputName(input);
      const earlier = claimed.get(name);
      if (earlier) throw new Error(`${input}: output folder ${name}/ is already taken by ${earlier} in this run`);
      claimed.set(name, input);
      const bytes = new Uint8Array(await readFile(input));
      const document = await processSource({ name: input, bytes }, options);
      const renderings: Rendering[] = await renderAll(document);
      result.folder = await writeRenderings(options.out, name, renderings);
      result.document = document;
      result.ok = true;
    } catch (error) {
      result.error = describeFailure(input, error);
    }
    result.milliseconds = performance.now() - started;
    results.push(result);
    options.onResult?.(result, index, total);
  }
  return results;
}

/** One line: the file and the problem. Unexpected errors keep their message, never a stack. */
export function describeFailure(input: string, error: unknown): string {
  if (isInputError(error)) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0] ?? 'unknown error';
  return line.startsWith(input) ? line : `${input}: ${line}`;
}
