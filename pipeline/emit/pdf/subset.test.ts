import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { identityCharset } from './cff-charset.ts';
import { subsetFont } from './subset.ts';

const MODULES = new URL('../../../node_modules/', import.meta.url).pathname;
const fontsFolder = (name: string) => join(MODULES, name);
const HAN = ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'];

/** The CID of each glyph of a CID-keyed CFF font, as its charset gives it (glyph 0 is CID 0). */
function cids(font: Uint8Array): number[] {
  const parsed = fontkit.create(Buffer.from(font)) as unknown as { numGlyphs: number; 'CFF ': { topDict: { charset: { version: number; glyphs?: number[]; ranges?: Array<{ first: number; nLeft: number }> } } } };
  const { charset } = parsed['CFF '].topDict;
  const list = [0, ...(charset.glyphs ?? (charset.ranges ?? []).flatMap((range) => Array.from({ length: range.nLeft + 1 }, (_, index) => range.first + index)))];
  return list.slice(0, parsed.numGlyphs);
}

describe('HarfBuzz subsets of the Chinese face', () => {
  // A renderer that follows the charset (FreeType, under mupdf) and one that takes the codes for glyph ids
  // (poppler) must find the same glyph for each code of the content stream.
  it.each(HAN)('name every glyph of the subset by its own number: %s', (file) => {
    const subset = subsetFont(new Uint8Array(readFileSync(join(fontsFolder('@embedpdf/fonts-sc'), 'fonts', file))), [...'安全理事会主席，。“”（）2025年'].map((character) => character.codePointAt(0)!));
    const found = cids(subset);
    expect(found.length).toBeGreaterThan(15);
    expect(found).toEqual(found.map((_, glyph) => glyph));
  });

  it('leaves a TrueType font as it is', () => {
    const dejavu = new Uint8Array(readFileSync(join(fontsFolder('dejavu-fonts-ttf'), 'ttf/DejaVuSerif.ttf')));
    expect(Buffer.from(identityCharset(dejavu)).equals(Buffer.from(dejavu))).toBe(true);
  });
});
