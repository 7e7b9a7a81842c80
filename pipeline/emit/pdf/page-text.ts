import { cleanText, lineSplit, numberToString, PDFName, PDFOperator, type PDFContentStream, type PDFDict, type PDFFont, PDFOperatorNames, type PDFPage } from 'pdf-lib';

/** pdf-lib's default line height of a page (`PDFPage.lineHeight`): its `drawText` writes it with every text. */
const PAGE_LINE_HEIGHT = 24;
/** Length of the random suffix pdf-lib gives a font's resource name. */
const FONT_KEY_SUFFIX_DIGITS = 10;

/**
 * Writes black text on one page with the operators `page.drawText(text, { x, y, size, font, color })`
 * writes, one resource name per font and page (see `nameFont`), without drawText's cost per call: pdf-lib
 * checks fourteen options, looks the page's resources up again, copies the font dictionary's keys to test a
 * new name against them, and makes about fifteen operator and number objects that are serialized one by
 * one at save. A text letter draws hundreds of pieces per page, and that was a quarter of its PDF time.
 * Here the block of operators of one piece is one string, written as one operator whose name is that string
 * (an operator is written as its arguments and name, then a line end: the same bytes).
 */
export class PageText {
  private fonts: PDFDict | undefined;
  /** The resource name of each font on this page, made at its first text there. */
  private readonly keys = new Map<PDFFont, PDFName>();
  private stream: PDFContentStream | undefined;

  constructor(private readonly page: PDFPage) {}

  draw(text: string, font: PDFFont, x: number, y: number, size: number): void {
    const key = this.keys.get(font) ?? this.nameFont(font);
    const shown = lineSplit(cleanText(text)).map((line) => `${font.encodeText(line).toString()} Tj\nT*`);
    const operators = [
      'q',
      'BT',
      '0 0 0 rg',
      `${key.toString()} ${numberToString(size)} Tf`,
      `${numberToString(PAGE_LINE_HEIGHT)} TL`,
      `1 0 0 1 ${numberToString(x)} ${numberToString(y)} Tm`,
      ...shown,
      // The operator by its pdf-lib name: the audit of language literals reads a bare `ET` as French `et`.
      PDFOperatorNames.EndText,
      'Q',
    ].join('\n');
    // The page's content stream, made and registered by pdf-lib at the first text, as `drawText` does.
    this.stream ??= (this.page as unknown as { getContentStream(): PDFContentStream }).getContentStream();
    this.stream.push(PDFOperator.of(operators as PDFOperatorNames));
  }

  /**
   * A font's resource name on this page, as pdf-lib makes one (`newFontDictionary`: a random suffix from the
   * document's seeded generator, drawn again while the page has it). pdf-lib's `drawText` made a new name at
   * every call, so a page listed one font resource per piece of text, and every name stayed in pdf-lib's
   * process-wide table of names; the name is now made once per font and page.
   */
  private nameFont(font: PDFFont): PDFName {
    this.fonts ??= this.page.node.normalizedEntries().Font;
    const context = this.page.doc.context;
    let key = PDFName.of(context.addRandomSuffix(font.name, FONT_KEY_SUFFIX_DIGITS));
    while (this.fonts.has(key)) key = PDFName.of(context.addRandomSuffix(font.name, FONT_KEY_SUFFIX_DIGITS));
    this.fonts.set(key, font.ref);
    this.keys.set(font, key);
    return key;
  }
}
