/**
 * A grey page as an uncompressed PNG, written here rather than by libvips: rows unfiltered, the zlib
 * stream in stored blocks (what the engine decodes fastest, as sharp's `compressionLevel: 0` gave), and the
 * resolution in a pHYs chunk (Tesseract sizes its noise and line filters by it).
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let crc = 0xffffffff;
  for (let index = start; index < end; index++) crc = CRC_TABLE[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Largest stored deflate block. */
const BLOCK = 65535;

/**
 * PNG bytes of 8-bit grey pixels, `width` × `height`, at `dpi`; with `shared`, in a SharedArrayBuffer of
 * exactly the PNG's length (which a worker thread is handed without a copy); with `buffer`, in the buffer it
 * gives for that length (every byte is written).
 */
export function greyPng(pixels: Uint8Array, width: number, height: number, dpi: number, options: { shared?: boolean; buffer?: (length: number) => Uint8Array } = {}): Uint8Array {
  const raw = (width + 1) * height; // a filter byte (0, none) before each row
  const blocks = Math.max(1, Math.ceil(raw / BLOCK));
  const zlibLength = 2 + raw + blocks * 5 + 4;
  const length = 8 + (12 + 13) + (12 + 9) + (12 + zlibLength) + 12;
  const png = options.buffer ? options.buffer(length) : new Uint8Array(options.shared ? new SharedArrayBuffer(length) : new ArrayBuffer(length));
  const view = new DataView(png.buffer);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  let at = 8;
  const chunk = (type: string, size: number, write: (start: number) => void) => {
    view.setUint32(at, size);
    for (let index = 0; index < 4; index++) png[at + 4 + index] = type.charCodeAt(index);
    write(at + 8);
    view.setUint32(at + 8 + size, crc32(png, at + 4, at + 8 + size));
    at += 12 + size;
  };
  chunk('IHDR', 13, (start) => {
    view.setUint32(start, width);
    view.setUint32(start + 4, height);
    png[start + 8] = 8; // bit depth
    png[start + 9] = 0; // grey
    png.fill(0, start + 10, start + 13); // compression, filter and interlace methods
  });
  // Pixels per metre, as libvips writes a resolution.
  const perMetre = Math.round((dpi / 25.4) * 1000);
  chunk('pHYs', 9, (start) => {
    view.setUint32(start, perMetre);
    view.setUint32(start + 4, perMetre);
    png[start + 8] = 1; // the unit is the metre
  });
  chunk('IDAT', zlibLength, (start) => {
    png[start] = 0x78;
    png[start + 1] = 0x01;
    let out = start + 2;
    let block = 0;
    let inBlock = 0;
    // Adler-32 of the uncompressed stream, summed as it is written.
    let s1 = 1;
    let s2 = 0;
    const openBlock = () => {
      const size = Math.min(BLOCK, raw - block * BLOCK);
      png[out] = block === blocks - 1 ? 1 : 0;
      view.setUint16(out + 1, size, true);
      view.setUint16(out + 3, ~size & 0xffff, true);
      out += 5;
      block++;
      inBlock = size;
    };
    const put = (source: Uint8Array, from: number, count: number) => {
      while (count > 0) {
        if (inBlock === 0) openBlock();
        const take = Math.min(count, inBlock);
        png.set(source.subarray(from, from + take), out);
        for (let index = 0; index < take; index++) {
          s1 += source[from + index]!;
          s2 += s1;
          // Reduce well before 2^53; 5552 bytes is zlib's own bound for 32-bit sums.
          if ((index & 4095) === 4095) {
            s1 %= 65521;
            s2 %= 65521;
          }
        }
        s1 %= 65521;
        s2 %= 65521;
        out += take;
        from += take;
        count -= take;
        inBlock -= take;
      }
    };
    const filter = new Uint8Array(1);
    if (raw === 0) openBlock();
    for (let y = 0; y < height; y++) {
      put(filter, 0, 1);
      put(pixels, y * width, width);
    }
    view.setUint32(out, ((s2 << 16) | s1) >>> 0);
  });
  chunk('IEND', 0, () => {});
  return png;
}
