import { InputError } from '../errors.ts';
import type { Extraction } from './backend.ts';
import type { SourceFile } from './source.ts';
import { sourceInfo } from './source.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Plain UTF-8 text: refused when empty, binary or in another encoding. */
export function extractText(file: SourceFile): Extraction {
  if (file.bytes.byteLength === 0) throw new InputError(file.name, 'the file is empty');
  if (file.bytes.includes(0)) throw new InputError(file.name, 'binary content (NUL bytes), not UTF-8 text');
  let text: string;
  try {
    text = strictUtf8.decode(file.bytes);
  } catch {
    throw new InputError(file.name, 'not valid UTF-8 text (convert it to UTF-8 first)');
  }
  // Control characters other than tab, line feed, carriage return and form feed mean this is no letter.
  const controls = text.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > Math.max(3, text.length / 1000)) throw new InputError(file.name, 'binary content, not text');
  // Form feeds stay: they are the page breaks of an extracted PDF text, where the segmenter finds the page
  // furniture.
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError(file.name, 'the file holds only white space');
  return { source: sourceInfo(file, 'text/plain'), rawText: text };
}
