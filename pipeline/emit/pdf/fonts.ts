import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/** The faces the edition uses; DejaVu Serif covers Latin, Greek and Cyrillic. */
export type FontStyle = 'regular' | 'bold' | 'italic';

const FONT_FILES: Record<FontStyle, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf',
};

/**
 * Subset fonts are named `TAG+Name` in PDF; pdf-lib would add a suffix of its own. A fixed tag per face
 * keeps the bytes the same from run to run.
 */
const SUBSET_NAMES: Record<FontStyle, string> = {
  regular: 'UNLTRA+DejaVuSerif',
  bold: 'UNLTRB+DejaVuSerif-Bold',
  italic: 'UNLTRC+DejaVuSerif-Italic',
};

let cachedBytes: Record<FontStyle, Uint8Array> | undefined;

/** Reads the font files once per process, from the npm package (never from the network). */
export function fontBytes(): Record<FontStyle, Uint8Array> {
  if (!cachedBytes) {
    const require = createRequire(import.meta.url);
    const read = (style: FontStyle) => new Uint8Array(readFileSync(require.resolve(FONT_FILES[style])));
    cachedBytes = { regular: read('regular'), bold: read('bold'), italic: read('italic') };
  }
  return cachedBytes;
}

export type FontSet = Record<FontStyle, PDFFont>;

/**
 * Embeds the three faces into the document, subset to the glyphs the document draws. Each PDF parses its
 * own fonts: a fontkit font keeps the glyph objects it hands out, and pdf-lib builds a subset's ToUnicode
 * map from what those glyphs remember, so a font shared between documents made a letter's PDF depend on the
 * letters rendered before it in the process (after a French letter, the `e` of an English one read back as
 * a space). Parsing costs about 35 ms a letter (`npm run bench:pdf`).
 */
export async function embedFonts(pdf: PDFDocument): Promise<FontSet> {
  pdf.registerFontkit(fontkit);
  const bytes = fontBytes();
  const embed = (style: FontStyle) => pdf.embedFont(bytes[style], { subset: true, customName: SUBSET_NAMES[style] });
  const [regular, bold, italic] = await Promise.all([embed('regular'), embed('bold'), embed('italic')]);
  return { regular: rememberEncodings(regular), bold: rememberEncodings(bold), italic: rememberEncodings(italic) };
}

/**
 * Encoding a string runs fontkit's OpenType shaping, most of the time a letter takes; the same words
 * come back all through a letter. The first encoding of a word adds its glyphs to this document's subset,
 * so reusing it later within the same document is safe (the cache lives and dies with the font).
 */
function rememberEncodings(font: PDFFont): PDFFont {
  const encode = font.encodeText.bind(font);
  const encodings = new Map<string, ReturnType<PDFFont['encodeText']>>();
  font.encodeText = (text: string) => {
    let encoded = encodings.get(text);
    if (!encoded) {
      encoded = encode(text);
      encodings.set(text, encoded);
    }
    return encoded;
  };
  return font;
}
