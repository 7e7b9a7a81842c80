import type * as Mupdf from 'mupdf';
import { loadedMupdf, loadSharp } from '../extract/libraries.ts';

/** A page as grey pixels, one byte each, with the resolution it was rendered or scanned at. */
export interface GreyPage {
  width: number;
  height: number;
  pixels: Uint8Array;
  dpi: number;
}

/** Pages larger than this are scaled down: tesseract.js's WASM memory never shrinks after a big image. */
const MAX_PIXELS = 40_000_000;
/** A4 width in inches: the resolution of an image with no usable density is guessed from its width. */
const LETTER_WIDTH_INCHES = 8.27;

/**
 * The resolution a scanned page was made at: that of the page's largest image, as placed on the page.
 * Rendering at that resolution reproduces the scan's own pixels; undefined for pages without images.
 */
export function scanResolution(page: Mupdf.Page): number | undefined {
  let best: { area: number; dpi: number } | undefined;
  const text = page.toStructuredText('preserve-images');
  try {
    text.walk({
      onImageBlock(bbox, _transform, image) {
        const widthPoints = bbox[2] - bbox[0];
        const area = widthPoints * (bbox[3] - bbox[1]);
        if (widthPoints <= 0 || (best && best.area >= area)) return;
        best = { area, dpi: (image.getWidth() / widthPoints) * 72 };
      },
    });
  } finally {
    text.destroy();
  }
  return best ? Math.round(best.dpi) : undefined;
}

/** Renders one page (1-based) of an open PDF to grey pixels at `dpi` (into `buffer(size)` when given). */
export function renderPdfPage(document: Mupdf.Document, pageNumber: number, dpi: number, buffer: (size: number) => Uint8Array = (size) => new Uint8Array(size)): GreyPage {
  const mupdf = loadedMupdf();
  const page = document.loadPage(pageNumber - 1);
  try {
    const bounds = page.getBounds();
    const points = (bounds[2] - bounds[0]) * (bounds[3] - bounds[1]);
    const scale = Math.min(dpi / 72, Math.sqrt(MAX_PIXELS / points));
    const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceGray, false);
    try {
      const width = pixmap.getWidth();
      const height = pixmap.getHeight();
      const stride = pixmap.getStride();
      const source = pixmap.getPixels();
      const pixels = buffer(width * height);
      for (let y = 0; y < height; y++) pixels.set(source.subarray(y * stride, y * stride + width), y * width);
      return { width, height, pixels, dpi: Math.round(scale * 72) };
    } finally {
      pixmap.destroy();
    }
  } finally {
    page.destroy();
  }
}

/** Decodes one page (1-based) of a PNG, JPEG or TIFF into grey pixels. */
export async function decodeImagePage(bytes: Uint8Array, pageNumber: number): Promise<GreyPage> {
  const sharp = await loadSharp();
  const metadata = await sharp(bytes, { page: pageNumber - 1, limitInputPixels: 200_000_000 }).metadata();
  let width = metadata.width ?? 0;
  let height = metadata.height ?? 0;
  // A density under 100 is a default written by software (72 dpi), not the scan's.
  const density = metadata.density && metadata.density >= 100 ? metadata.density : undefined;
  let dpi = density ?? Math.round(width / LETTER_WIDTH_INCHES);
  const resize = width * height > MAX_PIXELS ? Math.sqrt(MAX_PIXELS / (width * height)) : 1;
  if (resize < 1) {
    width = Math.floor(width * resize);
    height = Math.floor(height * resize);
    dpi = Math.round(dpi * resize);
  }
  const decode = (flatten: boolean) => {
    let pipeline = sharp(bytes, { page: pageNumber - 1, limitInputPixels: 200_000_000 });
    // Transparent scans are put on white paper (libvips refuses to flatten some 1-bit TIFFs: skip it there).
    if (flatten) pipeline = pipeline.flatten({ background: '#ffffff' });
    pipeline = pipeline.greyscale();
    if (resize < 1) pipeline = pipeline.resize(width, height);
    return pipeline.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  };
  const { data, info } = metadata.hasAlpha ? await decode(true).catch(() => decode(false)) : await decode(false);
  return { width: info.width, height: info.height, pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), dpi };
}
