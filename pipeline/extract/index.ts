/**
 * Reading a source, in two stages around OCR: `plan` chooses the backend by content and name and, for
 * paged formats, decides per page between the text layer and OCR; `extract` assembles the pages (or reads
 * a text file whole) and creates the document. OCR (`pipeline/ocr`) runs between them and never the
 * other way round: nothing here imports it.
 */
import { InputError } from '../errors.ts';
import type { UnDocument } from '../model/index.ts';
import type { Step } from '../stage.ts';
import type { ExtractBackend, ExtractOptions, PlannedSource, PlanOptions, ReadSource } from './backend.ts';
import { newDocument } from './document.ts';
import { assembleExtraction, planPages } from './pages.ts';
import { mediaTypeByName, sniffMediaType } from './sniff.ts';
import type { SourceFile } from './source.ts';
import { extractText } from './text.ts';

export type {
  ExtractBackend,
  ExtractOptions,
  Extraction,
  OcrMode,
  PagePlan,
  PageReading,
  PlannedSource,
  PlanOptions,
  ReadSource,
} from './backend.ts';
export type { SourceFile } from './source.ts';
export { documentId, sha256 } from './source.ts';
export { newDocument } from './document.ts';
export { extractText } from './text.ts';
export { openPdf } from './pdf-document.ts';
export { mediaTypeByName, sniffMediaType } from './sniff.ts';
export { assembleExtraction, planPages } from './pages.ts';
export { KEEP_THRESHOLD, scoreTextLayer, type TextLayerScore } from './text-layer-score.ts';

const textBackend: ExtractBackend = {
  name: 'text',
  accepts: (file) => /\.(txt|text)$/i.test(file.name),
  paged: false,
};

/** PDFs, by their `%PDF-` signature or their name (a mislabelled `.pdf` then fails with its reason). */
const pdfBackend: ExtractBackend = {
  name: 'pdf',
  accepts: (file) => sniffMediaType(file.bytes) === 'application/pdf' || (sniffMediaType(file.bytes) === undefined && mediaTypeByName(file.name) === 'application/pdf'),
  paged: true,
};

/** PNG, JPEG and TIFF page images (multi-page TIFF too), by signature or name. */
const imageBackend: ExtractBackend = {
  name: 'image',
  accepts: (file) => {
    const type = sniffMediaType(file.bytes) ?? mediaTypeByName(file.name);
    return type !== undefined && type !== 'application/pdf';
  },
  paged: true,
};

/** Backends in the order they are tried; the first that accepts the file reads it. */
export const backends: ExtractBackend[] = [pdfBackend, imageBackend, textBackend];

/** The backend that reads a file; bad input (no backend takes it) fails with one line. */
export function backendFor(file: SourceFile): ExtractBackend {
  const backend = backends.find((candidate) => candidate.accepts(file));
  if (!backend) throw new InputError(file.name, 'unsupported file type (expected .txt, .pdf, .png, .jpg, .jpeg, .tif, .tiff)');
  return backend;
}

/**
 * The `plan` stage: a paged source gets one plan per page (keep its text layer, or OCR it, following
 * `ocr`); a text file gets none and is read whole by `extract`. Encrypted, corrupt, zero-page and
 * mislabelled input fails here.
 */
export const planStage: Step<SourceFile, PlannedSource, PlanOptions, 'plan'> = {
  name: 'plan',
  async run(file, options, context) {
    if (!backendFor(file).paged) return { file };
    return { file, plans: await planPages(file, options, context.languages) };
  },
};

/** The `extract` stage: the pages joined in order (or the text file read), as a new document. */
export const extractStage: Step<ReadSource, UnDocument, ExtractOptions, 'extract'> = {
  name: 'extract',
  run({ file, plans, readings }, options, context) {
    const extraction = plans ? assembleExtraction(file, plans, readings, options.maxTextBytes) : extractText(file, options.maxTextBytes);
    return newDocument(extraction, file.bytes, options.lang, context);
  },
};
