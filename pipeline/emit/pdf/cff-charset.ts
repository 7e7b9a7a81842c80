/**
 * A CID-keyed CFF font names each glyph by a CID (its `charset`), and PDF draws a `CIDFontType0` by CID:
 * the codes of the content stream are CIDs that the renderer maps to glyphs through that charset (PDF 2.0
 * §9.7.4.2; FreeType, which mupdf draws with, does exactly that). HarfBuzz renumbers the glyphs of a subset
 * but keeps their original CIDs (Noto Sans SC's are Adobe-GB1 CIDs in the thousands), while pdf-lib writes
 * glyph ids into the content stream and declares the font Adobe-Identity: a renderer that follows the
 * charset finds no glyph for most codes (mupdf: `FT_Load_Glyph … invalid argument`, blank Han text); one
 * that draws glyph ids (poppler) did not notice. Rewriting the subset's charset to the identity (CID n is
 * glyph n) makes both readings the same. No npm library writes CFF (fontkit and opentype.js read it; the
 * subsetter, HarfBuzz, has no option for it), so the few bytes are rewritten here, in place: an identity
 * charset is never longer than the one it replaces in the same format.
 */

interface Table {
  recordOffset: number;
  offset: number;
  length: number;
}

function sfntTable(view: DataView, tag: string): Table | undefined {
  const count = view.getUint16(4);
  for (let index = 0; index < count; index++) {
    const recordOffset = 12 + index * 16;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((byte) => view.getUint8(recordOffset + byte)));
    if (name === tag) return { recordOffset, offset: view.getUint32(recordOffset + 8), length: view.getUint32(recordOffset + 12) };
  }
  return undefined;
}

/** A CFF INDEX at `start`: where each item's data begins and ends, and where the INDEX ends. */
function readIndex(view: DataView, start: number): { items: Array<[number, number]>; end: number } {
  const count = view.getUint16(start);
  if (count === 0) return { items: [], end: start + 2 };
  const offsetSize = view.getUint8(start + 2);
  const offsetAt = (position: number) => {
    let value = 0;
    for (let byte = 0; byte < offsetSize; byte++) value = value * 256 + view.getUint8(start + 3 + position * offsetSize + byte);
    return value;
  };
  const dataStart = start + 3 + (count + 1) * offsetSize - 1;
  const items: Array<[number, number]> = [];
  for (let item = 0; item < count; item++) items.push([dataStart + offsetAt(item), dataStart + offsetAt(item + 1)]);
  return { items, end: dataStart + offsetAt(count) };
}

/** The operators of a CFF DICT with their operands (integers; reals are skipped, the keys read here have none). */
function readDict(view: DataView, start: number, end: number): Map<number, number[]> {
  const entries = new Map<number, number[]>();
  let operands: number[] = [];
  let position = start;
  while (position < end) {
    const byte = view.getUint8(position);
    if (byte <= 21) {
      const operator = byte === 12 ? 1200 + view.getUint8(position + 1) : byte;
      position += byte === 12 ? 2 : 1;
      entries.set(operator, operands);
      operands = [];
    } else if (byte === 28) {
      operands.push(view.getInt16(position + 1));
      position += 3;
    } else if (byte === 29) {
      operands.push(view.getInt32(position + 1));
      position += 5;
    } else if (byte === 30) {
      position++;
      while (position < end && (view.getUint8(position) & 0x0f) !== 0x0f && (view.getUint8(position) & 0xf0) !== 0xf0) position++;
      position++;
      operands.push(Number.NaN);
    } else if (byte >= 32 && byte <= 246) {
      operands.push(byte - 139);
      position++;
    } else if (byte >= 247 && byte <= 250) {
      operands.push((byte - 247) * 256 + view.getUint8(position + 1) + 108);
      position += 2;
    } else if (byte >= 251 && byte <= 254) {
      operands.push(-(byte - 251) * 256 - view.getUint8(position + 1) - 108);
      position += 2;
    } else {
      throw new Error(`the CFF table has a reserved DICT byte ${byte}`);
    }
  }
  return entries;
}

const OPERATOR_CHARSET = 15;
const OPERATOR_CHARSTRINGS = 17;
const OPERATOR_ROS = 1230;

/** The sum of a stretch of the file as big-endian 32-bit words, the last one padded with zeros (OpenType's checksum). */
function checksum(bytes: Uint8Array, start: number, length: number): number {
  let sum = 0;
  for (let position = start; position < start + length; position += 4) {
    let word = 0;
    for (let byte = 0; byte < 4; byte++) word = word * 256 + (position + byte < start + length ? bytes[position + byte]! : 0);
    sum = (sum + word) >>> 0;
  }
  return sum;
}

/**
 * The OpenType font with its CID-keyed CFF charset made the identity, so that CIDs and glyph ids agree; a font
 * without CFF outlines or not CID-keyed is returned unchanged (its glyphs are found by glyph id already).
 */
export function identityCharset(font: Uint8Array): Uint8Array {
  const bytes = font.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const table = sfntTable(view, 'CFF ');
  if (!table) return bytes;
  const cff = table.offset;
  const names = readIndex(view, cff + view.getUint8(cff + 2));
  const [topStart, topEnd] = readIndex(view, names.end).items[0] ?? [0, 0];
  const top = readDict(view, topStart, topEnd);
  const charsetOffset = top.get(OPERATOR_CHARSET)?.[0];
  const charStringsOffset = top.get(OPERATOR_CHARSTRINGS)?.[0];
  if (!top.has(OPERATOR_ROS) || charsetOffset === undefined || charStringsOffset === undefined) return bytes;
  const glyphCount = view.getUint16(cff + charStringsOffset);
  const charset = cff + charsetOffset;
  const format = view.getUint8(charset);
  if (format === 0) {
    for (let glyph = 1; glyph < glyphCount; glyph++) view.setUint16(charset + 1 + (glyph - 1) * 2, glyph);
  } else if (format === 1 || format === 2) {
    // Ranges of CIDs: the identity is one range (format 2) or ranges of 256 (format 1, whose count is a byte),
    // never more ranges than the charset already had, since each of its ranges is at most as long.
    const rangeSize = format === 1 ? 3 : 4;
    const longest = format === 1 ? 256 : 65536;
    let position = charset + 1;
    for (let first = 1; first < glyphCount; first += longest) {
      const left = Math.min(longest, glyphCount - first) - 1;
      view.setUint16(position, first);
      if (format === 1) view.setUint8(position + 2, left);
      else view.setUint16(position + 2, left);
      position += rangeSize;
    }
  } else {
    throw new Error(`the CFF table has an unknown charset format ${format}`);
  }
  view.setUint32(table.recordOffset + 4, checksum(bytes, table.offset, table.length));
  const head = sfntTable(view, 'head');
  if (head) {
    view.setUint32(head.offset + 8, 0);
    view.setUint32(head.offset + 8, (0xb1b0afba - checksum(bytes, 0, bytes.length)) >>> 0);
  }
  return bytes;
}
