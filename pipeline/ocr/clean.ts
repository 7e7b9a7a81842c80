import type { GreyPage } from './raster.ts';
import { greyPng } from './png.ts';

/** A page image ready for OCR. */
export interface CleanedPage {
  /** PNG bytes of the cleaned grey page. */
  png: Uint8Array;
  width: number;
  height: number;
  /** Angle the page was turned back by, degrees (positive: the scan was turned clockwise). */
  skewDegrees: number;
}

export interface CleanOptions {
  /** Largest skew looked for, degrees. */
  maxSkew?: number;
  /** Working buffers to clean in, kept from page to page (default: new ones for this page). */
  buffers?: CleaningBuffers;
}

/**
 * The page-sized working buffers of drawing and cleaning a page, kept from one page to the next of a
 * document. Pages allocated afresh for every step went through malloc, whose heaps keep what a freed
 * multi-megabyte buffer leaves: over a 40-page scan that made the process grow page after page.
 */
export class CleaningBuffers {
  private readonly slots: Uint8Array[] = [];
  /** Page images the engine has read, in shared memory, for the next pages' (see `sharedImage`). */
  private readonly images: Uint8Array[] = [];

  /** Buffer `slot` (0: despeckled, 1: turned, 2: the drawn page), at least `size` bytes, viewed at exactly `size`. */
  get(slot: number, size: number): Uint8Array {
    let buffer = this.slots[slot];
    if (!buffer || buffer.length < size) {
      buffer = new Uint8Array(size);
      this.slots[slot] = buffer;
    }
    return buffer.subarray(0, size);
  }

  /**
   * A page image's buffer: shared memory of exactly `length` bytes (the engine's thread reads it without a
   * copy), one given back if one is that long, else a new one. A new one per page was collected only at the
   * next full garbage collection, so that dozens of MB of read pages were held at times.
   */
  sharedImage(length: number): Uint8Array {
    const index = this.images.findIndex((image) => image.length === length);
    return index >= 0 ? this.images.splice(index, 1)[0]! : new Uint8Array(new SharedArrayBuffer(length));
  }

  /** Takes back a page image once the engine has read it (and nothing reads it any more). */
  giveBack(image: Uint8Array): void {
    if (image.buffer instanceof SharedArrayBuffer && image.byteOffset === 0 && image.byteLength === image.buffer.byteLength && this.images.length < MAX_IMAGES_KEPT) this.images.push(image);
  }
}

/** Page images kept for reuse: as many as pages are held at once in-process (cores + 1) on a 2–3 core machine. */
const MAX_IMAGES_KEPT = 4;

function greyHistogram(pixels: Uint8Array): Float64Array {
  const histogram = new Float64Array(256);
  for (let index = 0; index < pixels.length; index++) histogram[pixels[index]!]!++;
  return histogram;
}

/** Otsu's threshold over a grey histogram: levels up to it are ink, above it paper. */
export function otsuThreshold(pixels: Uint8Array, histogram = greyHistogram(pixels)): number {
  const total = pixels.length;
  let sum = 0;
  for (let level = 0; level < 256; level++) sum += level * histogram[level]!;
  let background = 0;
  let backgroundSum = 0;
  let best = 0;
  let threshold = 128;
  for (let level = 0; level < 256; level++) {
    background += histogram[level]!;
    if (background === 0) continue;
    const foreground = total - background;
    if (foreground === 0) break;
    backgroundSum += level * histogram[level]!;
    const meanBackground = backgroundSum / background;
    const meanForeground = (sum - backgroundSum) / foreground;
    const between = background * foreground * (meanBackground - meanForeground) ** 2;
    if (between > best) {
      best = between;
      threshold = level;
    }
  }
  return threshold;
}

/**
 * Skew of the text lines, by projection profiles: the angle at which the rows of ink pixels, sheared by
 * that angle, pile up into the sharpest peaks (largest sum of squares). Coarse 0.1° steps, then 0.02°.
 */
export function estimateSkew(page: GreyPage, threshold: number, maxSkew = 3): number {
  const step = Math.max(1, Math.round(page.dpi / 100));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < page.height; y += step) {
    const row = y * page.width;
    for (let x = 0; x < page.width; x += step) {
      if (page.pixels[row + x]! <= threshold) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 200) return 0;
  // Bins as tall as the sampling step: finer bins would favour 0°, where the sampled rows fall exactly.
  const margin = Math.ceil((page.width * Math.tan((maxSkew * Math.PI) / 180)) / step) + 2;
  const bins = new Float64Array(Math.ceil(page.height / step) + 2 * margin);
  const sharpness = (degrees: number): number => {
    const slope = Math.tan((degrees * Math.PI) / 180);
    bins.fill(0);
    for (let index = 0; index < xs.length; index++) bins[Math.floor((ys[index]! - xs[index]! * slope) / step) + margin]!++;
    let squares = 0;
    for (let index = 0; index < bins.length; index++) squares += bins[index]! * bins[index]!;
    return squares;
  };
  const search = (from: number, to: number, by: number): number => {
    let bestAngle = 0;
    let bestScore = -1;
    for (let angle = from; angle <= to + 1e-9; angle += by) {
      const score = sharpness(angle);
      if (score > bestScore) {
        bestScore = score;
        bestAngle = angle;
      }
    }
    return bestAngle;
  };
  const coarse = search(-maxSkew, maxSkew, 0.1);
  return Math.round(search(coarse - 0.1, coarse + 0.1, 0.02) * 100) / 100;
}

/**
 * The linear map that stretches the 1st to the 99th percentile of grey levels over the full range, as
 * sharp's `normalise()` does, read off the histogram we already have (normalise() would take two more
 * passes over the page: a third of the cleaning time).
 */
export function contrastStretch(histogram: Float64Array, total: number, percent = 1): { multiplier: number; offset: number } {
  const cut = (total * percent) / 100;
  let low = 0;
  for (let count = 0; low < 255 && count + histogram[low]! <= cut; low++) count += histogram[low]!;
  let high = 255;
  for (let count = 0; high > low && count + histogram[high]! <= cut; high--) count += histogram[high]!;
  if (high <= low) return { multiplier: 1, offset: 0 };
  const multiplier = 255 / (high - low);
  return { multiplier, offset: -low * multiplier };
}

/**
 * 3×3 median filter, edges extended by copying the border pixels (as libvips' `median(3)`, which this
 * replaces pixel for pixel). Each column's three values are sorted once per row and shared by the three
 * windows over it; the median of nine is then the median of the largest low, the middle mid and the
 * smallest high of the window's three columns.
 */
export function median3(pixels: Uint8Array, width: number, height: number, out: Uint8Array = new Uint8Array(width * height)): Uint8Array {
  // Sorted column triples, one column of padding on each side (copies of the edge columns).
  const low = new Uint8Array(width + 2);
  const mid = new Uint8Array(width + 2);
  const high = new Uint8Array(width + 2);
  for (let y = 0; y < height; y++) {
    const above = Math.max(0, y - 1) * width;
    const row = y * width;
    const below = Math.min(height - 1, y + 1) * width;
    for (let x = 0; x < width; x++) {
      let a = pixels[above + x]!;
      let b = pixels[row + x]!;
      let c = pixels[below + x]!;
      let swap: number;
      if (a > b) (swap = a), (a = b), (b = swap);
      if (b > c) (swap = b), (b = c), (c = swap);
      if (a > b) (swap = a), (a = b), (b = swap);
      low[x + 1] = a;
      mid[x + 1] = b;
      high[x + 1] = c;
    }
    low[0] = low[1]!;
    mid[0] = mid[1]!;
    high[0] = high[1]!;
    low[width + 1] = low[width]!;
    mid[width + 1] = mid[width]!;
    high[width + 1] = high[width]!;
    for (let x = 0; x < width; x++) {
      // Largest of the lows, middle of the mids, smallest of the highs.
      let l0 = low[x]!, l1 = low[x + 1]!, l2 = low[x + 2]!;
      const lowMax = l0 > l1 ? (l0 > l2 ? l0 : l2) : l1 > l2 ? l1 : l2;
      const h0 = high[x]!, h1 = high[x + 1]!, h2 = high[x + 2]!;
      const highMin = h0 < h1 ? (h0 < h2 ? h0 : h2) : h1 < h2 ? h1 : h2;
      l0 = mid[x]!;
      l1 = mid[x + 1]!;
      l2 = mid[x + 2]!;
      const midMid = l0 > l1 ? (l1 > l2 ? l1 : l0 > l2 ? l2 : l0) : l0 > l2 ? l0 : l1 > l2 ? l2 : l1;
      out[row + x] = lowMax > midMid ? (midMid > highMin ? midMid : lowMax > highMin ? highMin : lowMax) : lowMax > highMin ? lowMax : midMid > highMin ? highMin : midMid;
    }
  }
  return out;
}

/**
 * `pixels · multiplier + offset`, clipped to 0–255 and truncated, in single precision as libvips' `linear`
 * (uchar output) computes it: one table of the 256 grey levels.
 */
export function linearMap(pixels: Uint8Array, multiplier: number, offset: number, out: Uint8Array = new Uint8Array(pixels.length)): Uint8Array {
  const a = Math.fround(multiplier);
  const b = Math.fround(offset);
  const table = new Uint8Array(256);
  for (let level = 0; level < 256; level++) {
    const value = Math.fround(Math.fround(a * level) + b);
    table[level] = Math.trunc(Math.max(0, Math.min(255, value)));
  }
  // Pixel by pixel, so `out` may be `pixels` itself.
  for (let index = 0; index < pixels.length; index++) out[index] = table[pixels[index]!]!;
  return out;
}

/** libvips' `VIPS_ROUND_INT`: halves away from zero. */
const roundInt = (value: number) => Math.trunc(value > 0 ? value + 0.5 : value - 0.5);

/**
 * Turns the page clockwise by `degrees` about its origin onto the bounding box of the turned page, with
 * bilinear interpolation on 1/4096 pixel weights and `background` for the corners the turn uncovers: the
 * arithmetic of libvips' `rotate` (an affine transform of the page, bordered by one background pixel),
 * step for step, so that the page is the same bytes as before.
 */
export function rotateGrey(
  page: { width: number; height: number; pixels: Uint8Array },
  degrees: number,
  background = 255,
  buffer: (size: number) => Uint8Array = (size) => new Uint8Array(size),
): { width: number; height: number; pixels: Uint8Array } {
  const { width, height, pixels } = page;
  const radians = (degrees / 360.0) * 2.0 * Math.PI;
  const a = Math.cos(radians);
  const b = -Math.sin(radians);
  const c = -b;
  const d = a;
  const inverse = 1.0 / (a * d - b * c);
  const ia = inverse * d;
  const ib = -inverse * b;
  const ic = -inverse * c;
  const id = inverse * a;
  // The output area: the turned corners' bounding box, rounded to the nearest pixel.
  const xs = [0, b * height, a * width, a * width + b * height];
  const ys = [0, d * height, c * width, c * width + d * height];
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  const outLeft = roundInt(left);
  const outTop = roundInt(top);
  const outWidth = roundInt(Math.max(...xs) - left);
  const outHeight = roundInt(Math.max(...ys) - top);
  const out = buffer(outWidth * outHeight);
  // The source as libvips reads it: the page bordered by one background pixel on every side (and a second
  // on the right and bottom), so that (column, row) of the bordered page is (column - 1, row - 1) of ours.
  const at = (column: number, row: number) => {
    const x = column - 1;
    const y = row - 1;
    return x >= 0 && x < width && y >= 0 && y < height ? pixels[y * width + x]! : background;
  };
  for (let y = 0; y < outHeight; y++) {
    const ox = outLeft - 0.0;
    const oy = y + outTop - 0.0;
    // Input coordinates, then one pixel for the border; stepped along the row as libvips steps them.
    let ix = ia * ox + ib * oy;
    let iy = ic * ox + id * oy;
    ix -= -1;
    iy -= -1;
    let q = y * outWidth;
    for (let x = 0; x < outWidth; x++, q++, ix += ia, iy += ic) {
      const fx = Math.floor(ix);
      const fy = Math.floor(iy);
      if (fx < 0 || fx > width || fy < 0 || fy > height) {
        out[q] = background;
        continue;
      }
      const X = Math.trunc((ix - fx) * 4096);
      const Y = Math.trunc((iy - fy) * 4096);
      const Yd = 4096 - Y;
      const c4 = (Y * X) >> 12;
      const c2 = (Yd * X) >> 12;
      const c3 = Y - c4;
      const c1 = Yd - c2;
      let p1: number, p2: number, p3: number, p4: number;
      if (fx >= 1 && fx < width && fy >= 1 && fy < height) {
        const index = (fy - 1) * width + fx - 1;
        p1 = pixels[index]!;
        p2 = pixels[index + 1]!;
        p3 = pixels[index + width]!;
        p4 = pixels[index + width + 1]!;
      } else {
        p1 = at(fx, fy);
        p2 = at(fx + 1, fy);
        p3 = at(fx, fy + 1);
        p4 = at(fx + 1, fy + 1);
      }
      out[q] = (c1 * p1 + c2 * p2 + c3 * p3 + c4 * p4 + 2048) >> 12;
    }
  }
  return { width: outWidth, height: outHeight, pixels: out };
}

/**
 * Lets the event loop run between the steps of cleaning a page (each a tenth of a second or more): an engine
 * worker's finished page is answered, and handed the next one, without waiting for the whole page to be
 * cleaned, and a starting worker's loading steps go on meanwhile.
 */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Cleans a scanned page for OCR: grey, median filter (removes the 1–2 px speckle that Tesseract reads as
 * `‘ ; |`), deskew when the lines lean by 0.1° or more, and contrast stretched. The grey levels are kept
 * (no hard binarization): Tesseract's LSTM reads anti-aliased strokes better than thresholded ones.
 *
 * In JavaScript on this thread, not libvips (sharp): the same pixels as sharp's `median(3)`, `rotate` and
 * `linear` gave, without libvips' threads, each of which left a malloc arena of tens of MB behind.
 */
export async function cleanPage(page: GreyPage, options: CleanOptions = {}): Promise<CleanedPage> {
  const buffers = options.buffers ?? new CleaningBuffers();
  const despeckled = median3(page.pixels, page.width, page.height, buffers.get(0, page.width * page.height));
  await yieldToEvents();
  const histogram = greyHistogram(despeckled);
  const threshold = otsuThreshold(despeckled, histogram);
  const skewDegrees = estimateSkew({ ...page, pixels: despeckled }, threshold, options.maxSkew ?? 3);
  const { multiplier, offset } = contrastStretch(histogram, despeckled.length);
  await yieldToEvents();
  // Turned first, then stretched (libvips' order): white maps to white or beyond (clipped), so the corners
  // the rotation adds stay white.
  const turned =
    Math.abs(skewDegrees) >= 0.1
      ? rotateGrey({ width: page.width, height: page.height, pixels: despeckled }, -skewDegrees, 255, (size) => buffers.get(1, size))
      : { width: page.width, height: page.height, pixels: despeckled };
  await yieldToEvents();
  // In place: the working buffer is not needed unstretched.
  const stretched = linearMap(turned.pixels, multiplier, offset, turned.pixels);
  // The PNG says its resolution: Tesseract sizes its noise and line filters by it.
  // In shared memory: the engine's worker thread reads the page where it is, with no copy (see TesseractEngine).
  return { png: greyPng(stretched, turned.width, turned.height, page.dpi, { buffer: (length) => buffers.sharedImage(length) }), width: turned.width, height: turned.height, skewDegrees };
}
