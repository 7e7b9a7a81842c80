import { loadSharp } from './libraries.ts';

/** Number of pages of an image file (multi-page TIFF), 1 for the others. */
export async function imagePageCount(bytes: Uint8Array): Promise<number> {
  const sharp = await loadSharp();
  const metadata = await sharp(bytes).metadata();
  return metadata.pages ?? 1;
}
