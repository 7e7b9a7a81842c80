/**
 * What mupdf (a second renderer beside poppler, built on FreeType) draws of a PDF: each
 * letter or digit it reads in the text layer, and whether its box holds any ink once the page is drawn.
 * A glyph the renderer cannot find is read back (the text map is fine) but leaves its box blank.
 */
import * as mupdf from 'mupdf';

export interface DrawnCharacter {
  character: string;
  page: number;
  inked: boolean;
}

/** Pixels per point: enough for the strokes of a 10-point Han character to cover whole pixels. */
const SCALE = 2;
/** A pixel darker than this (0 black, 255 white) is ink. */
const INK = 128;
/** The part of each side of a box left out, so that the ink of a neighbouring glyph is not counted. */
const MARGIN = 0.15;

export function drawnCharacters(bytes: Uint8Array): DrawnCharacter[] {
  const document = mupdf.Document.openDocument(bytes, 'application/pdf');
  const drawn: DrawnCharacter[] = [];
  try {
    for (let pageNumber = 0; pageNumber < document.countPages(); pageNumber++) {
      const page = document.loadPage(pageNumber);
      const pixmap = page.toPixmap(mupdf.Matrix.scale(SCALE, SCALE), mupdf.ColorSpace.DeviceGray, false);
      const [width, height, stride, pixels] = [pixmap.getWidth(), pixmap.getHeight(), pixmap.getStride(), pixmap.getPixels()];
      const inked = (quad: mupdf.Quad): boolean => {
        const xs = [quad[0], quad[2], quad[4], quad[6]].map((x) => x * SCALE);
        const ys = [quad[1], quad[3], quad[5], quad[7]].map((y) => y * SCALE);
        const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        const [marginX, marginY] = [(right - left) * MARGIN, (bottom - top) * MARGIN];
        for (let y = Math.max(0, Math.floor(top + marginY)); y < Math.min(height, Math.ceil(bottom - marginY)); y++) {
          for (let x = Math.max(0, Math.floor(left + marginX)); x < Math.min(width, Math.ceil(right - marginX)); x++) {
            if (pixels[y * stride + x]! < INK) return true;
          }
        }
        return false;
      };
      page.toStructuredText('preserve-whitespace').walk({
        onChar(character, _origin, _font, _size, quad) {
          // One letter of a ligature (the lam of lam-alef) gets an empty box: the ligature's ink lies in its partner's.
          const empty = Math.max(quad[0], quad[2], quad[4], quad[6]) - Math.min(quad[0], quad[2], quad[4], quad[6]) < 0.01;
          if (!empty && /[\p{L}\p{N}]/u.test(character)) drawn.push({ character, page: pageNumber + 1, inked: inked(quad) });
        },
      });
    }
  } finally {
    document.destroy();
  }
  return drawn;
}
