import type * as Mupdf from 'mupdf';
import { InputError } from '../errors.ts';
import type { SourceFile } from './source.ts';
import { loadMupdf } from './libraries.ts';
import { describeStart, sniffMediaType } from './sniff.ts';

/**
 * Opens a PDF with mupdf, or throws the one-line InputError that names the file and the reason:
 * `not a PDF (the file starts with …)`, `corrupt PDF (…)`, `encrypted PDF`, `PDF has no pages`.
 */
export async function openPdf(file: SourceFile): Promise<Mupdf.Document> {
  if (file.bytes.byteLength === 0) throw new InputError(file.name, 'not a PDF (the file is empty)');
  if (sniffMediaType(file.bytes) !== 'application/pdf') {
    throw new InputError(file.name, `not a PDF (the file starts with ${describeStart(file.bytes)})`);
  }
  const mupdf = await loadMupdf();
  // mupdf writes what it finds broken (and repairs) to the console; collect it as the reason instead.
  const problems: string[] = [];
  mupdf.setLog({ error: (message) => problems.push(message), warning: () => {} });
  let document: Mupdf.Document;
  try {
    document = mupdf.Document.openDocument(file.bytes, 'application/pdf');
    document.countPages();
  } catch (error) {
    throw new InputError(file.name, `corrupt PDF (${problems[0] ?? firstLine(error)})`);
  } finally {
    mupdf.setLog(null);
  }
  try {
    if (document.needsPassword()) throw new InputError(file.name, 'encrypted PDF (a password is needed to open it)');
    let pages: number;
    try {
      pages = document.countPages();
    } catch (error) {
      throw new InputError(file.name, `corrupt PDF (${firstLine(error)})`);
    }
    if (pages === 0) {
      // mupdf repairs a truncated file into an empty one: tell the two apart by the end-of-file mark.
      const tail = Buffer.from(file.bytes.subarray(Math.max(0, file.bytes.byteLength - 1024))).toString('latin1');
      const reason = problems[0] ? `corrupt PDF (${problems[0]}; no page could be read)` : 'PDF has no pages';
      throw new InputError(file.name, tail.includes('%%EOF') ? reason : `corrupt PDF (truncated: ${problems[0] ?? 'no end-of-file mark'})`);
    }
    return document;
  } catch (error) {
    document.destroy();
    throw error;
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? 'unreadable').trim() || 'unreadable';
}
