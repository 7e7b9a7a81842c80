import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { UnDocument } from '../pipeline/model/index.ts';

/**
 * The folder every worker can read and write (one shared mount when there are several machines). Job data
 * holds paths relative to it, so each machine may mount it wherever it likes: `UNLETTERS_SHARED`, else the
 * working directory.
 */
export function sharedRoot(): string {
  return resolve(process.env.UNLETTERS_SHARED ?? process.cwd());
}

/** A path as stored in job data: relative to the shared folder when inside it, else absolute (one machine only). */
export function toShared(path: string, root = sharedRoot()): string {
  const absolute = resolve(path);
  const inside = relative(root, absolute);
  return inside.startsWith('..') || isAbsolute(inside) ? absolute : inside === '' ? '.' : inside;
}

export function fromShared(path: string, root = sharedRoot()): string {
  return isAbsolute(path) ? path : join(root, path);
}

/** Intermediate files of one document: the source copy, the page plan, OCR pages, the document after each stage. */
export function workFolder(outFolder: string, documentKey: string): string {
  return join(outFolder, '.unletters-work', documentKey);
}

/** Writes beside the target and renames, so a worker killed mid-write never leaves a half file to be read. */
export async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await writeAtomically(path, JSON.stringify(value));
}

export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

export function stageDocumentPath(work: string, stage: string): string {
  return join(work, `${stage}.json`);
}

export async function readStageDocument(work: string, stage: string): Promise<UnDocument> {
  return readJson<UnDocument>(stageDocumentPath(work, stage));
}

export async function writeStageDocument(work: string, stage: string, document: UnDocument): Promise<void> {
  await writeJson(stageDocumentPath(work, stage), document);
}
