import { InputError } from '../errors.ts';
import type { ExtractBackend, ExtractOptions, Extraction } from './backend.ts';
import type { SourceFile } from './source.ts';
import { extractText } from './text.ts';
import { mediaTypeByName, sniffMediaType } from './sniff.ts';
import { extractPaged } from './pages.ts';

export type { ExtractBackend, ExtractOptions, Extraction, OcrMode } from './backend.ts';
export type { SourceFile } from './source.ts';
export { documentId, sha256 } from './source.ts';
export { assembleExtraction, chooseOcrLanguage, extractPaged, planPages, type OcrLanguageChoice, type PagePlan } from './pages.ts';
export { KEEP_THRESHOLD, scoreTextLayer, type TextLayerScore } from './text-layer-score.ts';

const textBackend: ExtractBackend = {
  name: 'text',
  accepts: (file) => /\.(txt|text)$/i.test(file.name),
  extract: (file) => extractText(file),
};

/** PDFs, by their `%PDF-` signature or their name (a mislabelled `.pdf` then fails with its reason). */
const pdfBackend: ExtractBackend = {
  name: 'pdf',
  accepts: (file) => sniffMediaType(file.bytes) === 'application/pdf' || (sniffMediaType(file.bytes) === undefined && mediaTypeByName(file.name) === 'application/pdf'),
  extract: (file, options) => extractPaged(file, options),
};

/** PNG, JPEG and TIFF page images (multi-page TIFF too), by signature or name. */
const imageBackend: ExtractBackend = {
  name: 'image',
  accepts: (file) => {
    const type = sniffMediaType(file.bytes) ?? mediaTypeByName(file.name);
    return type !== undefined && type !== 'application/pdf';
  },
  extract: (file, options) => extractPaged(file, options),
};

/** Backends in the order they are tried; the first that accepts the file reads it. */
export const backends: ExtractBackend[] = [pdfBackend, imageBackend, textBackend];

/** Reads a source file into text (and pages), choosing the backend by content and name. */
export async function extract(file: SourceFile, options: ExtractOptions = {}): Promise<Extraction> {
  const backend = backends.find((candidate) => candidate.accepts(file));
  if (!backend) {
    throw new InputError(file.name, 'unsupported file type (expected .txt, .pdf, .png, .jpg, .jpeg, .tif, .tiff)');
  }
  return backend.extract(file, options);
}
