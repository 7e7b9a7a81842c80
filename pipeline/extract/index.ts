import { InputError } from '../errors.ts';
import type { ExtractBackend, ExtractOptions, Extraction } from './backend.ts';
import type { SourceFile } from './source.ts';
import { extractText } from './text.ts';

export type { ExtractBackend, ExtractOptions, Extraction, OcrMode } from './backend.ts';
export type { SourceFile } from './source.ts';
export { documentId, sha256 } from './source.ts';

const textBackend: ExtractBackend = {
  name: 'text',
  accepts: (file) => /\.(txt|text)$/i.test(file.name),
  extract: (file) => extractText(file),
};

/** Backends in the order they are tried; the first that accepts the file reads it. */
export const backends: ExtractBackend[] = [textBackend];

/** Reads a source file into text (and pages), choosing the backend by content and name. */
export async function extract(file: SourceFile, options: ExtractOptions = {}): Promise<Extraction> {
  const backend = backends.find((candidate) => candidate.accepts(file));
  if (!backend) {
    throw new InputError(file.name, 'unsupported file type (expected .txt, .pdf, .png, .jpg, .jpeg, .tif, .tiff)');
  }
  return backend.extract(file, options);
}
