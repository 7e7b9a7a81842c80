import type { PDFDocument, PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import type { FontSet } from './fonts.ts';
import type { PageGeometry } from './geometry.ts';
import type { Pagination } from './paginate.ts';

const BLACK = rgb(0, 0, 0);
const PAGE_NUMBER_SIZE = 9;

/**
 * Draws the placed lines on A4 pages and numbers every page after the first, at the foot, centred
 * (the first page of a UN document carries no number).
 */
export function drawPages(pdf: PDFDocument, pagination: Pagination, fonts: FontSet, page: PageGeometry): PDFPage[] {
  return pagination.pages.map((placed, pageIndex) => {
    const pdfPage = pdf.addPage([page.width, page.height]);
    for (const { line, baseline } of placed.lines) {
      for (const piece of line.pieces) {
        pdfPage.drawText(piece.text, {
          x: page.marginLeft + piece.x,
          y: page.height - baseline,
          size: piece.size,
          font: fonts[piece.style],
          color: BLACK,
        });
      }
    }
    if (pageIndex > 0) {
      const label = String(pageIndex + 1);
      const width = fonts.regular.widthOfTextAtSize(label, PAGE_NUMBER_SIZE);
      pdfPage.drawText(label, {
        x: (page.width - width) / 2,
        y: page.marginBottom / 2,
        size: PAGE_NUMBER_SIZE,
        font: fonts.regular,
        color: BLACK,
      });
    }
    return pdfPage;
  });
}
