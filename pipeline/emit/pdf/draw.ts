import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { FontSet } from './fonts.ts';
import type { PageGeometry } from './geometry.ts';
import { contentWidth } from './geometry.ts';
import { PageText } from './page-text.ts';
import type { Pagination } from './paginate.ts';
import type { FaceRun } from './scripts.ts';
import { faceRuns, visualRuns } from './scripts.ts';
import type { LinePiece, Measurer } from './typeset.ts';

const PAGE_NUMBER_SIZE = 9;

/**
 * Draws the placed lines on A4 pages (black text, `PageText`) and numbers every page after the first, at the foot, centred
 * (the first page of a UN document carries no number). A right-to-left line was laid out left to right:
 * each piece is put at its mirror image across the content area (what stood first stands at the right),
 * and its characters are drawn in the order of the bidirectional algorithm.
 */
export function drawPages(pdf: PDFDocument, pagination: Pagination, fonts: FontSet, page: PageGeometry, measurer: Measurer): PDFPage[] {
  const width = contentWidth(page);
  return pagination.pages.map((placed, pageIndex) => {
    const pdfPage = pdf.addPage([page.width, page.height]);
    const text = new PageText(pdfPage);
    for (const { line, baseline } of placed.lines) {
      for (const piece of line.pieces) {
        const x = line.rightToLeft ? width - piece.x - measurer.width(piece.text, piece.style, piece.size) : piece.x;
        const runs = line.rightToLeft ? visualRuns(piece.text, fonts) : faceRuns(piece.text, fonts);
        drawRuns(text, runs, piece, page.marginLeft + x, page.height - baseline, fonts);
      }
    }
    if (pageIndex > 0) {
      const label = String(pageIndex + 1);
      const font = fonts.faces.latin.regular;
      const labelWidth = font.widthOfTextAtSize(label, PAGE_NUMBER_SIZE);
      text.draw(label, font, (page.width - labelWidth) / 2, page.marginBottom / 2, PAGE_NUMBER_SIZE);
    }
    return pdfPage;
  });
}

/** Draws runs side by side from `x`, each in its face. */
function drawRuns(text: PageText, runs: readonly FaceRun[], piece: LinePiece, x: number, y: number, fonts: FontSet): void {
  let cursor = x;
  for (const run of runs) {
    const font = fonts.faces[run.face]![piece.style];
    text.draw(run.text, font, cursor, y, piece.size);
    cursor += font.widthOfTextAtSize(run.text, piece.size);
  }
}
