import { InputError } from '../errors.ts';
import { megabytes } from '../sizes.ts';
import type { Extraction } from './backend.ts';
import type { SourceFile } from './source.ts';
import { sourceInfo } from './source.ts';

/**
 * Text longer than this stops with one line: the default of `--max-text`. The longest letters with their
 * annexes are a few hundred kilobytes; the PDF edition holds about 400 MB per megabyte of text at its peak
 * (`npm run bench:faults`: 2 MB peaked at 1.1 GB, 4 MB at 1.7 GB), so 2 MB keeps a run under 1.5 GB.
 */
export const DEFAULT_MAX_TEXT_BYTES = 2 * 1024 * 1024;

export function textLimitReason(size: number, limit: number): string {
  return `text of ${megabytes(size)} is over the limit of ${megabytes(limit)} (--max-text)`;
}

/** UTF-16 is recognized by its byte order mark only: without one, bytes with NULs are binary. */
function utf16Encoding(bytes: Uint8Array): string | undefined {
  // The WHATWG label `utf-16` is little-endian; big-endian has a label of its own.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Plain text, UTF-8 (with or without a byte order mark) or UTF-16 with its byte order mark: refused when
 * empty, binary, in another encoding, or longer than `maxTextBytes`.
 */
export function extractText(file: SourceFile, maxTextBytes = DEFAULT_MAX_TEXT_BYTES): Extraction {
  if (file.bytes.byteLength === 0) throw new InputError(file.name, 'the file is empty');
  if (file.bytes.byteLength > maxTextBytes) throw new InputError(file.name, textLimitReason(file.bytes.byteLength, maxTextBytes));
  const utf16 = utf16Encoding(file.bytes);
  if (!utf16 && file.bytes.includes(0)) throw new InputError(file.name, 'binary content (NUL bytes), not UTF-8 text');
  let text: string;
  try {
    text = utf16 ? new TextDecoder(utf16, { fatal: true }).decode(file.bytes) : strictUtf8.decode(file.bytes);
  } catch {
    throw new InputError(file.name, utf16 ? 'not valid UTF-16 text' : 'not valid UTF-8 text (convert it to UTF-8 first)');
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
