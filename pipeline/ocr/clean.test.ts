import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CleaningBuffers, cleanPage, greyPng, linearMap, median3, pageImage, rotateGrey, type GreyPage } from './index.ts';

/**
 * Cleaning runs in JavaScript, not libvips (no libvips threads, whose malloc arenas cost tens of MB), but
 * must make the pixels sharp's `median(3)`, `rotate` and `linear` made: the recorded OCR replayed by the
 * tests was read from them, and the engine reads what it is given.
 */
const scans = join(import.meta.dirname, '..', '..', 'fixtures', 'scans');
const raw = (page: { width: number; height: number }) => ({ raw: { width: page.width, height: page.height, channels: 1 as const } });
const buffer = (pixels: Uint8Array) => Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);

/** A strip of a scan fixture's page (a whole page takes seconds through both pipelines). */
async function strip(): Promise<GreyPage> {
  const page = await pageImage({ name: 'seed002-scan-200dpi.pdf', bytes: new Uint8Array(await readFile(join(scans, 'seed002-scan-200dpi.pdf'))) }, 1);
  const rows = 400;
  const top = 300;
  return { ...page, height: rows, pixels: page.pixels.slice(top * page.width, (top + rows) * page.width) };
}

/** How many pixels differ (and whether the sizes do). */
function differences(ours: { width: number; height: number; pixels: Uint8Array }, theirs: { data: Buffer; info: { width: number; height: number } }): string {
  if (ours.width !== theirs.info.width || ours.height !== theirs.info.height) return `size ${ours.width}×${ours.height} against ${theirs.info.width}×${theirs.info.height}`;
  let count = 0;
  for (let index = 0; index < ours.pixels.length; index++) if (ours.pixels[index] !== theirs.data[index]) count++;
  return `${count} pixels differ`;
}

describe('page cleaning without libvips', () => {
  it('median3 is libvips median(3), edges included', async () => {
    const page = await strip();
    const theirs = await sharp(buffer(page.pixels), raw(page)).median(3).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    expect(differences({ ...page, pixels: median3(page.pixels, page.width, page.height) }, theirs)).toBe('0 pixels differ');
  });

  it('rotateGrey is libvips rotate with a white background, both ways and by whole degrees', async () => {
    const page = await strip();
    for (const degrees of [0.7, -0.72, -1.37, 2, 0.13]) {
      const theirs = await sharp(buffer(page.pixels), raw(page)).rotate(degrees, { background: '#ffffff' }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
      expect(differences(rotateGrey(page, degrees), theirs), `${degrees}°`).toBe('0 pixels differ');
    }
  });

  it('linearMap is libvips linear to 8 bits (clipped, truncated)', async () => {
    const page = await strip();
    for (const [multiplier, offset] of [
      [1.2439024390243902, -43.53658536585366],
      [1, 0],
      [3.7, -700.2],
      [0.5, 12.75],
    ] as const) {
      const theirs = await sharp(buffer(page.pixels), raw(page)).linear(multiplier, offset).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
      expect(differences({ ...page, pixels: linearMap(page.pixels, multiplier, offset) }, theirs), `${multiplier}, ${offset}`).toBe('0 pixels differ');
    }
  });

  it('greyPng is a PNG of the pixels at the resolution given', async () => {
    const page = await strip();
    const png = greyPng(page.pixels, page.width, page.height, 200);
    const metadata = await sharp(png).metadata();
    expect([metadata.channels, metadata.depth, metadata.density]).toEqual([1, 'uchar', 200]);
    const decoded = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    expect(differences(page, decoded)).toBe('0 pixels differ');
    // The strip takes several stored blocks (65,535 bytes each); a row of three pixels one.
    const one = greyPng(new Uint8Array([0, 128, 255]), 3, 1, 300);
    expect([...(await sharp(one).extractChannel(0).raw().toBuffer())]).toEqual([0, 128, 255]);
  });

  it('cleans a page into the image of a page read before it, giving the bytes a fresh image has', async () => {
    const page = await strip();
    const fresh = await cleanPage(page);
    const buffers = new CleaningBuffers();
    const earlier = await cleanPage(page, { buffers });
    // Every byte of the image read before is overwritten, none left from it.
    buffers.giveBack(earlier.png.fill(0xff));
    const reused = await cleanPage(page, { buffers });
    expect(reused.png.buffer).toBe(earlier.png.buffer);
    expect(Buffer.from(reused.png).equals(Buffer.from(fresh.png))).toBe(true);
    // An image still being read is never handed out again.
    expect((await cleanPage(page, { buffers })).png.buffer).not.toBe(reused.png.buffer);
  });
});
