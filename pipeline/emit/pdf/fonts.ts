import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFName, PDFRawStream, type PDFDocument, type PDFFont } from 'pdf-lib';
import { subsetFont } from './subset.ts';

/** The styles the edition uses. */
export type FontStyle = 'regular' | 'bold' | 'italic';

/**
 * Families by script: DejaVu Serif covers Latin, Greek and Cyrillic; Noto Naskh Arabic the Arabic script;
 * Noto Sans SC (Hans) the Chinese characters and full-width punctuation. Arabic and Chinese have no italic:
 * their italic style is the regular face.
 */
export type Face = 'latin' | 'arabic' | 'han' | 'mirrored';

const LATIN_FILES: Record<FontStyle, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf',
};

/**
 * `mirrored` is the Latin face again, for the brackets of right-to-left runs: there a `(` is drawn with the
 * glyph of `)`, and this copy's text map says `(` for that glyph, so that a reader (pdftotext) that puts the
 * run back in logical order gives back the bracket the text has.
 */
const FONT_FILES: Record<Face, Record<FontStyle, string>> = {
  latin: LATIN_FILES,
  mirrored: LATIN_FILES,
  arabic: {
    regular: '@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf',
    bold: '@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf',
    italic: '@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf',
  },
  han: {
    regular: '@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf',
    bold: '@embedpdf/fonts-sc/fonts/NotoSansHans-Bold.otf',
    italic: '@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf',
  },
};

/**
 * Subset fonts are named `TAG+Name` in PDF; pdf-lib would add a suffix of its own. A fixed tag per face
 * keeps the bytes the same from run to run.
 */
const SUBSET_NAMES: Record<Face, Record<FontStyle, string>> = {
  latin: { regular: 'UNLTRA+DejaVuSerif', bold: 'UNLTRB+DejaVuSerif-Bold', italic: 'UNLTRC+DejaVuSerif-Italic' },
  mirrored: { regular: 'UNLTRH+DejaVuSerif', bold: 'UNLTRI+DejaVuSerif-Bold', italic: 'UNLTRJ+DejaVuSerif-Italic' },
  arabic: { regular: 'UNLTRD+NotoNaskhArabic', bold: 'UNLTRE+NotoNaskhArabic-Bold', italic: 'UNLTRD+NotoNaskhArabic' },
  han: { regular: 'UNLTRF+NotoSansHans', bold: 'UNLTRG+NotoSansHans-Bold', italic: 'UNLTRF+NotoSansHans' },
};

/** Which letters need a face besides Latin: a document without them does not carry it. */
const FACE_SCRIPTS: Record<Exclude<Face, 'latin' | 'mirrored'>, RegExp> = {
  arabic: /\p{Script=Arabic}/u,
  han: /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u,
};

const cachedBytes = new Map<string, Uint8Array>();

/**
 * The path of a file inside an installed package. Packages that declare `exports` hide their other files
 * from `require.resolve`: those are found from the package's folder, above its entry point.
 */
function resolvePackageFile(file: string): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve(file);
  } catch {
    const name = file.split('/').slice(0, file.startsWith('@') ? 2 : 1).join('/');
    let folder = dirname(require.resolve(name));
    while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
    return join(folder, file.slice(name.length + 1));
  }
}

/** Reads a font file once per process, from its npm package (never from the network). */
function readFont(file: string): Uint8Array {
  let bytes = cachedBytes.get(file);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(resolvePackageFile(file)));
    cachedBytes.set(file, bytes);
  }
  return bytes;
}

/** What of a parsed fontkit font is the document's own: the glyph objects it hands out, by id. */
interface ParsedFont {
  _glyphs: Record<number, unknown>;
}

/** The fonts of the files read by `readFont`, parsed once per process. */
const parsedFonts = new WeakMap<Uint8Array, ParsedFont>();

/**
 * A document's copy of a font parsed once per process. fontkit decodes a table when first asked and keeps it
 * in an object the copy shares (the tables' getters are bound to the parsed font), so the copy decodes
 * nothing again; what the copy makes for itself are its glyph objects (their code points name the glyph in
 * the subset's text map, taken from the first text that reaches it) and, through fontkit's per-object
 * caches, its layout engine. The parsed font itself is never used to lay out or to hand out glyphs.
 */
function documentCopy(parsed: ParsedFont): ParsedFont {
  const copy = Object.create(parsed) as ParsedFont;
  copy._glyphs = {};
  return copy;
}

/**
 * The fontkit pdf-lib is given: the files of the edition's faces (the bytes `readFont` keeps) are parsed
 * once per process, each PDF getting its own copy; other bytes (a face cut for one document) are parsed anew.
 */
const sharedFontkit: typeof fontkit = {
  ...fontkit,
  create(bytes: Uint8Array, postscriptName?: string) {
    if (postscriptName !== undefined || ![...cachedBytes.values()].includes(bytes)) return fontkit.create(bytes, postscriptName);
    let parsed = parsedFonts.get(bytes);
    if (!parsed) {
      parsed = fontkit.create(bytes) as unknown as ParsedFont;
      parsedFonts.set(bytes, parsed);
    }
    return documentCopy(parsed) as unknown as ReturnType<typeof fontkit.create>;
  },
};

export type StyleSet = Record<FontStyle, PDFFont>;

/** The embedded faces of one PDF, and which characters each can draw. */
export interface FontSet {
  faces: Partial<Record<Face, StyleSet>> & { latin: StyleSet };
  coverage: Map<Face, ReadonlySet<number>>;
}

/**
 * Embeds the faces the document's text needs, subset to the glyphs it draws. A font file is parsed once per
 * process (`documentCopy`): its tables are decoded once and shared, while each PDF gets its own glyph objects
 * and layout engine, because pdf-lib builds a subset's ToUnicode map from the code points its glyphs remember
 * (a font shared whole between documents made a letter's PDF depend on the letters rendered before it: after
 * a French letter, the `e` of an English one read back as a space). `text` is every character the PDF
 * prints; a CJK face is cut to those characters by HarfBuzz first (see subset.ts) and parsed for its PDF.
 */
export async function embedFonts(pdf: PDFDocument, text = ''): Promise<FontSet> {
  pdf.registerFontkit(sharedFontkit);
  const styles: FontStyle[] = ['regular', 'bold', 'italic'];
  const embedStyles = async (face: Face, load: (style: FontStyle) => Promise<PDFFont>): Promise<StyleSet> => {
    // Italic shares the regular file where a script has no italic: embed that file once.
    const fonts = new Map<string, Promise<PDFFont>>();
    const [regular, bold, italic] = await Promise.all(styles.map((style) => {
      const file = FONT_FILES[face][style];
      if (!fonts.has(file)) fonts.set(file, load(style).then(glyphLayoutOnly));
      return fonts.get(file)!;
    }));
    return { regular: rememberEncodings(regular!), bold: rememberEncodings(bold!), italic: italic === regular ? regular! : rememberEncodings(italic!) };
  };
  const faces: FontSet['faces'] = {
    latin: await embedStyles('latin', (style) => pdf.embedFont(readFont(FONT_FILES.latin[style]), { subset: true, customName: SUBSET_NAMES.latin[style] })),
  };
  if (FACE_SCRIPTS.arabic.test(text)) {
    faces.arabic = await embedStyles('arabic', async (style) =>
      readableLigatures(await pdf.embedFont(readFont(FONT_FILES.arabic[style]), { subset: true, customName: SUBSET_NAMES.arabic[style] })));
    faces.mirrored = await embedStyles('mirrored', async (style) =>
      mirroredBrackets(await pdf.embedFont(readFont(FONT_FILES.mirrored[style]), { subset: true, customName: SUBSET_NAMES.mirrored[style] })));
  }
  if (FACE_SCRIPTS.han.test(text)) {
    const codePoints = [...new Set([...text].map((character) => character.codePointAt(0)!))].sort((left, right) => left - right);
    faces.han = await embedStyles('han', async (style) =>
      declaredCff(await pdf.embedFont(subsetFont(readFont(FONT_FILES.han[style]), codePoints), { subset: false, customName: SUBSET_NAMES.han[style] })));
  }
  const coverage = new Map<Face, ReadonlySet<number>>();
  for (const [face, set] of Object.entries(faces) as Array<[Face, StyleSet]>) coverage.set(face, new Set(set.regular.getCharacterSet()));
  return { faces, coverage };
}

/** What pdf-lib keeps of a custom font: the fontkit font whose glyphs its text map is built from. */
interface FontkitGlyph {
  id: number;
  codePoints: number[];
}
interface Embedded {
  embedder: { font: { layout(text: string, features?: unknown): { glyphs: FontkitGlyph[] }; glyphForCodePoint(codePoint: number): FontkitGlyph }; fontFeatures?: unknown };
}

/**
 * The HarfBuzz subset of a CFF font keeps its `CFF ` table, but fontkit does not read it back (its `cff` is
 * empty), so pdf-lib would declare the font TrueType (`CIDFontType2`, `FontFile2`) around CFF outlines.
 * The font is declared CFF (`CIDFontType0`, `FontFile3`), the file's own type set by `markOpenTypeFontFiles`.
 */
function declaredCff(font: PDFFont): PDFFont {
  (font as unknown as { embedder: { isCFF(): boolean } }).embedder.isCFF = () => true;
  return font;
}

/** Brackets and their mirror images, as the bidirectional algorithm pairs them. */
const MIRRORED_PAIRS = ['()', '[]', '{}', '<>', '«»', '‹›'];

/** The mirrored face: each bracket's glyph says it is its mirror image (see FONT_FILES). */
function mirroredBrackets(font: PDFFont): PDFFont {
  const fontkitFont = (font as unknown as Embedded).embedder.font;
  for (const pair of MIRRORED_PAIRS) {
    const [left, right] = [...pair].map((character) => character.codePointAt(0)!);
    fontkitFont.glyphForCodePoint(left!).codePoints = [right!];
    fontkitFont.glyphForCodePoint(right!).codePoints = [left!];
  }
  return font;
}

/**
 * A ligature (lam-alef) stands for two letters; readers that put a right-to-left run back in logical order
 * reverse its text too, so the text map lists the letters of an Arabic ligature in drawing order.
 */
function readableLigatures(font: PDFFont): PDFFont {
  const { embedder } = font as unknown as Embedded;
  const done = new WeakSet<FontkitGlyph>();
  const encode = font.encodeText.bind(font);
  font.encodeText = (text: string) => {
    const encoded = encode(text);
    for (const glyph of embedder.font.layout(text, embedder.fontFeatures).glyphs) {
      if (glyph.codePoints.length > 1 && !done.has(glyph) && glyph.codePoints.every((codePoint) => FACE_SCRIPTS.arabic.test(String.fromCodePoint(codePoint)))) {
        glyph.codePoints = [...glyph.codePoints].reverse();
        done.add(glyph);
      }
    }
    return encoded;
  };
  return font;
}

interface GlyphRunOfFontkit {
  glyphs: FontkitGlyph[];
  positions: Array<{ xAdvance: number; yAdvance: number }>;
  direction: string;
}
interface FontkitLayout {
  layout(text: string, features?: unknown): GlyphRunOfFontkit;
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph | null;
  _layoutEngine: { engine?: object; position(run: GlyphRunOfFontkit): void };
}

/** One `getGlyph` call of a layout: its arguments, and the code points of the glyph it returned. */
interface GlyphCall {
  id: number;
  codePoints: number[] | undefined;
  returned: number[] | undefined;
}

/** A text's layout as the glyph calls it made, and which call returned each glyph of the run. */
interface RecordedLayout {
  calls: GlyphCall[];
  glyphs: number[];
  direction: string;
}

/** Recorded layouts by font file (the bytes read once per process), shared by every document's copy of the font. */
const recordedLayouts = new WeakMap<Uint8Array, Map<string, RecordedLayout>>();
/**
 * Enough for the texts that recur across a run (headers, closings, names of bodies); past it, new texts are laid
 * out unrecorded. On 88 varied real letters in one process the recordings saved no CPU (lines rarely recur across
 * different letters) and raised the peak: 403 MB with none, 500 MB at 2,000 texts a font, 555 MB at 100,000.
 */
const RECORDED_TEXTS_PER_FONT = 2_000;

const sameCodePoints = (left: readonly number[] | undefined, right: readonly number[] | undefined): boolean =>
  left === right || (left !== undefined && right !== undefined && left.length === right.length && left.every((codePoint, index) => codePoint === right[index]));

type RecordingLayout = (text: string) => { run: GlyphRunOfFontkit; recorded: RecordedLayout };

/**
 * fontkit's layout of the font, noting every glyph the layout asks the font for, in order. The font's
 * `getGlyph` is wrapped once (adding and deleting a property at each layout would turn the font object into
 * a slow dictionary); outside a recording it only passes the call on.
 */
function recordingLayout(font: FontkitLayout, layout: (text: string) => GlyphRunOfFontkit): RecordingLayout {
  const getGlyph = font.getGlyph.bind(font);
  interface Recording {
    calls: GlyphCall[];
    results: Array<FontkitGlyph | null>;
  }
  let recording: Recording | undefined;
  font.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (recording) {
      recording.calls.push({ id, codePoints: codePoints && [...codePoints], returned: glyph ? [...glyph.codePoints] : undefined });
      recording.results.push(glyph);
    }
    return glyph;
  };
  return (text) => {
    const { calls, results }: Recording = (recording = { calls: [], results: [] });
    try {
      const run = layout(text);
      return { run, recorded: { calls, glyphs: run.glyphs.map((glyph) => results.lastIndexOf(glyph)), direction: run.direction } };
    } finally {
      recording = undefined;
    }
  };
}

/**
 * Replays a recorded layout on another document's copy of the font: the same glyph calls in the same order,
 * so that each glyph is made with the code points the layout would give it (the first text to reach a glyph
 * names its characters in the text map). The layout reads nothing of the font's state but the code points
 * of the glyphs it gets; if one differs from the recording (this document reached that glyph from other
 * characters first), undefined: the text is laid out anew, and the calls made so far are those the layout
 * itself makes first.
 */
function replayLayout(font: FontkitLayout, recorded: RecordedLayout): GlyphRunOfFontkit | undefined {
  const results: Array<FontkitGlyph | null> = [];
  for (const call of recorded.calls) {
    const glyph = font.getGlyph(call.id, call.codePoints && [...call.codePoints]);
    if (!sameCodePoints(glyph?.codePoints, call.returned)) return undefined;
    results.push(glyph);
  }
  const glyphs = recorded.glyphs.map((index) => results[index]!);
  return { glyphs, positions: glyphs.map(() => ({ xAdvance: 0, yAdvance: 0 })), direction: recorded.direction };
}

/**
 * pdf-lib reads only the glyphs of fontkit's layout (their ids to encode, their advance widths to measure),
 * never the positions, yet fontkit positions every run through the font's GPOS table (kerning, marks),
 * about half the time a letter's PDF takes. Positioning changes no glyph: OpenType's own engine only turns
 * a right-to-left run around at that step, which is kept. The glyph runs of a text are then remembered: a
 * word is laid out to be measured, then again to be encoded, and the glyph objects are the font's own
 * (one per glyph id), so a second layout returned the same ones. The font lives and dies with its document.
 */
function glyphLayoutOnly(font: PDFFont): PDFFont {
  const fontkitFont = (font as unknown as { embedder: { font: FontkitLayout } }).embedder.font;
  const engine = fontkitFont._layoutEngine;
  const openType = engine.engine !== undefined && 'GPOSProcessor' in engine.engine;
  // An AAT font (morx) is shaped its own way: left as fontkit does it.
  if (engine.engine !== undefined && !openType) return font;
  engine.position = (run) => {
    run.positions = run.glyphs.map(() => ({ xAdvance: 0, yAdvance: 0 }));
    if (openType && run.direction === 'rtl') {
      run.glyphs.reverse();
      run.positions.reverse();
    }
  };
  const layout = fontkitFont.layout.bind(fontkitFont);
  const layoutRecorded = recordingLayout(fontkitFont, layout);
  const runs = new Map<string, GlyphRunOfFontkit>();
  const fileBytes = (font as unknown as { embedder: { fontData: Uint8Array } }).embedder.fontData;
  if (!recordedLayouts.has(fileBytes)) recordedLayouts.set(fileBytes, new Map());
  const recordings = recordedLayouts.get(fileBytes)!;
  fontkitFont.layout = (text, features) => {
    if (features !== undefined || typeof text !== 'string') return layout(text, features);
    let run = runs.get(text);
    if (!run) {
      const recorded = recordings.get(text);
      run = recorded && replayLayout(fontkitFont, recorded);
      if (!run) {
        const fresh = layoutRecorded(text);
        run = fresh.run;
        if (!recorded && recordings.size < RECORDED_TEXTS_PER_FONT) recordings.set(text, fresh.recorded);
      }
      runs.set(text, run);
    }
    return run;
  };
  return font;
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

/**
 * pdf-lib embeds a whole OpenType font with CFF outlines (the Chinese face, cut by HarfBuzz and embedded
 * whole) as if it were a bare CFF program (`/Subtype /CIDFontType0C`); readers then warn that the file does
 * not match. Its stream is marked for what it holds, `/OpenType` (PDF 1.6, allowed in PDF/A-3). Every CFF
 * face of the edition is embedded so; the others are TrueType (`FontFile2`). Call once the fonts are
 * embedded (after `pdf.flush()`).
 */
export function markOpenTypeFontFiles(pdf: PDFDocument): void {
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('CIDFontType0C')) {
      object.dict.set(PDFName.of('Subtype'), PDFName.of('OpenType'));
    }
  }
}
