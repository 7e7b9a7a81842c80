/**
 * The image and PDF libraries, loaded on the first PDF or image a process meets rather than by every
 * process: mupdf (a WebAssembly module) and sharp (libvips) each cost a text letter 0.1–0.3 s of start-up
 * and tens of MB it never uses (issue 21).
 */
import type * as Mupdf from 'mupdf';
import type Sharp from 'sharp';

let mupdf: typeof Mupdf | undefined;
let sharp: typeof Sharp | undefined;

export async function loadMupdf(): Promise<typeof Mupdf> {
  mupdf ??= await import('mupdf');
  return mupdf;
}

/** mupdf where a document is already open (`openPdf` loaded it). */
export function loadedMupdf(): typeof Mupdf {
  if (!mupdf) throw new Error('mupdf used before any PDF was opened (call loadMupdf first)');
  return mupdf;
}

export async function loadSharp(): Promise<typeof Sharp> {
  if (!sharp) {
    sharp = (await import('sharp')).default;
    // libvips keeps the results of recent operations for reuse (up to 50 MB); no page image is made twice.
    sharp.cache(false);
    // One libvips thread: the pages are cleaned while the OCR workers keep the cores busy, and each further
    // thread leaves a malloc arena of its own behind (about 30 MB more at the peak of a 7-page scan).
    sharp.concurrency(1);
  }
  return sharp;
}
