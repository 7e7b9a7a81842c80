import { loadSharp } from '../extract/libraries.ts';
import type { GreyPage } from './raster.ts';

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
}

const raw = (page: { width: number; height: number }) => ({ raw: { width: page.width, height: page.height, channels: 1 as const } });

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
 * Cleans a scanned page for OCR: grey, median filter (removes the 1–2 px speckle that Tesseract reads as
 * `‘ ; |`), deskew when the lines lean by 0.1° or more, and contrast stretched. The grey levels are kept
 * (no hard binarization): Tesseract's LSTM reads anti-aliased strokes better than thresholded ones.
 */
export async function cleanPage(page: GreyPage, options: CleanOptions = {}): Promise<CleanedPage> {
  const sharp = await loadSharp();
  // The PNG says its resolution: Tesseract sizes its noise and line filters by it.
  const despeckled = await sharp(Buffer.from(page.pixels.buffer, page.pixels.byteOffset, page.pixels.byteLength), raw(page))
    .median(3)
    .extractChannel(0)
    .raw()
    .toBuffer();
  const pixels = new Uint8Array(despeckled.buffer, despeckled.byteOffset, despeckled.byteLength);
  const histogram = greyHistogram(pixels);
  const threshold = otsuThreshold(pixels, histogram);
  const skewDegrees = estimateSkew({ ...page, pixels }, threshold, options.maxSkew ?? 3);
  const { multiplier, offset } = contrastStretch(histogram, pixels.length);
  // White maps to white or beyond (clipped), so the corners the rotation adds stay white.
  let pipeline = sharp(despeckled, raw(page)).linear(multiplier, offset);
  if (Math.abs(skewDegrees) >= 0.1) pipeline = pipeline.rotate(-skewDegrees, { background: '#ffffff' });
  const { data, info } = await pipeline.extractChannel(0).withDensity(page.dpi).png({ compressionLevel: 0 }).toBuffer({ resolveWithObject: true });
  return { png: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, skewDegrees };
}
