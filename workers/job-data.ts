import type { LanguageCode } from '../pipeline/model/index.ts';
import type { PipelineOptions } from '../pipeline/stages.ts';
import { fromShared, workFolder } from './shared-folder.ts';

/** What every job of one document carries: paths, ids and options, never the document itself. */
export interface DocumentJobData {
  /** Content hash of the source plus a hash of where it goes: the key of every job id and the work folder. */
  documentKey: string;
  /** The input path as the user gave it: the source name in the outputs and in error lines. */
  input: string;
  /** Output folder, relative to the shared folder. */
  out: string;
  /** Output name (`<out>/<name>/<name>.json`). */
  name: string;
  /** Source file extension, for the copy kept in the work folder. */
  extension: string;
  /** Every stage's options, as given to `ingest`: each stage's job reads its own. */
  options: PipelineOptions;
}

export interface PageJobData extends DocumentJobData {
  page: number;
  /** The language the plan job chose to OCR the document's pages in. */
  ocrLanguage: LanguageCode;
}

/** What a stage job returns: small, it is stored in Redis. */
export interface StageResult {
  stage: string;
  pages?: number;
  ocrPages?: number[];
  folder?: string;
}

export function outFolderOf(data: DocumentJobData): string {
  return fromShared(data.out);
}

export function workFolderOf(data: DocumentJobData): string {
  return workFolder(outFolderOf(data), data.documentKey);
}

/** The copy of the source taken at submission: the bytes the content hash was computed on. */
export function sourceCopyOf(data: DocumentJobData): string {
  return `${workFolderOf(data)}/source${data.extension}`;
}

export function ocrResultPath(work: string, page: number): string {
  return `${work}/ocr-page-${page}.json`;
}

export function planPath(work: string): string {
  return `${work}/plan.json`;
}
