/**
 * Font subsets made by HarfBuzz (harfbuzzjs's hb-subset WebAssembly, no imports, instantiated once). pdf-lib's
 * own subsetting loses glyphs of large CJK fonts (half the characters of a Chinese line came out blank), so
 * a CJK face is cut down by HarfBuzz to the characters the document prints and embedded whole.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { identityCharset } from './cff-charset.ts';

interface SubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, length: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize?(): void;
}

/** HarfBuzz's blob mode: it may write into the copy we hand it. */
const MEMORY_MODE_WRITABLE = 2;

let instance: SubsetExports | undefined;

function harfbuzz(): SubsetExports {
  if (!instance) {
    const require = createRequire(import.meta.url);
    const module = new WebAssembly.Module(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
    instance = new WebAssembly.Instance(module, {}).exports as unknown as SubsetExports;
    instance._initialize?.();
  }
  return instance;
}

/**
 * The font cut down to the glyphs of `codePoints` (and what they need: cmap, metrics, layout tables), its
 * glyphs renumbered from 0; a CID-keyed CFF subset gets CIDs equal to those numbers (see cff-charset.ts).
 */
export function subsetFont(font: Uint8Array, codePoints: Iterable<number>): Uint8Array {
  const hb = harfbuzz();
  const pointer = hb.malloc(font.length);
  new Uint8Array(hb.memory.buffer).set(font, pointer);
  const blob = hb.hb_blob_create(pointer, font.length, MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
  const result = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  try {
    if (result === 0) throw new Error('the font could not be subset');
    const resultBlob = hb.hb_face_reference_blob(result);
    const length = hb.hb_blob_get_length(resultBlob);
    const data = hb.hb_blob_get_data(resultBlob, 0);
    const bytes = new Uint8Array(hb.memory.buffer, data, length).slice();
    hb.hb_blob_destroy(resultBlob);
    return identityCharset(bytes);
  } finally {
    if (result !== 0) hb.hb_face_destroy(result);
    hb.hb_face_destroy(face);
    hb.free(pointer);
  }
}
