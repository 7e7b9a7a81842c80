/**
 * The PDF editions of the Arabic and Chinese versions, judged as a reader would: pdftotext must give the
 * letter's text back in logical order, the Arabic lines must read right to left (the first word of a line
 * at its right end, lines flush right) with the letters' joined forms, the Chinese lines must break between
 * characters without a line starting on a closing mark, and the faces must be embedded. Every letter must
 * be drawn by mupdf too (under mupdf, FreeType looks a CID-keyed CFF glyph up by its CID; poppler drew glyph ids).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Paragraph, UnDocument } from '../../pipeline/model/index.ts';
import { emitPdf } from '../../pipeline/emit/pdf/index.ts';
import { embedFonts } from '../../pipeline/emit/pdf/fonts.ts';
import { visualRuns } from '../../pipeline/emit/pdf/scripts.ts';
import { drawnCharacters } from '../helpers/mupdf-ink.ts';
import { inspectPdf } from '../helpers/pdf-tools.ts';
import { runFixture } from './helpers.ts';

const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Words of the Arabic script, in order: what must come back, whatever the spacing and bracket shapes. */
const arabicWords = (text: string): string[] => text.replace(BIDI_CONTROLS, ' ').match(/(?:(?!\p{Nd})\p{Script=Arabic})+/gu) ?? [];
/**
 * Numbers, sorted: pdftotext reads a run of numbers separated by spaces and brackets inside Arabic
 * (`١٦١٢ (٢٠٠٥)`) as one left-to-right group, so their order is its own; each number must still come back whole.
 */
const numbers = (text: string): string[] => (text.replace(BIDI_CONTROLS, ' ').match(/\p{Nd}+/gu) ?? []).sort();

interface WordBox { text: string; xMin: number; xMax: number; yMin: number }

/** Words with their boxes on page 1, from `pdftotext -bbox` (which lists a right-to-left word's letters in drawing order: they are put back). */
function wordBoxes(bytes: Uint8Array): WordBox[] {
  const folder = mkdtempSync(join(tmpdir(), 'unletters-bbox-'));
  try {
    const file = join(folder, 'document.pdf');
    writeFileSync(file, bytes);
    const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/gu)].map((match) => ({
      xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]),
      text: /\p{Script=Arabic}/u.test(match[4]!) ? [...match[4]!.replace(BIDI_CONTROLS, '')].reverse().join('') : match[4]!,
    }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const pdfs = new Map<string, Promise<{ document: UnDocument; bytes: Uint8Array }>>();
function edition(path: string) {
  let made = pdfs.get(path);
  if (!made) {
    made = runFixture(path).then(async (document) => ({ document, bytes: await emitPdf(document) }));
    pdfs.set(path, made);
  }
  return made;
}

/** The letters and digits mupdf reads back but draws no ink for: what a reader of that viewer would miss. */
async function undrawn(input: string): Promise<{ read: number; blank: string }> {
  const drawn = drawnCharacters((await edition(input)).bytes);
  return { read: drawn.length, blank: drawn.filter((character) => !character.inked).map((character) => character.character).join('') };
}

describe('Arabic PDF edition', () => {
  const input = 'fixtures/real/parallel/S-2025-394/ar.txt';

  it('is drawn by mupdf: ink in the box of every letter and digit', async () => {
    const { read, blank } = await undrawn(input);
    expect(read).toBeGreaterThan(500);
    expect(blank).toBe('');
  });

  it('gives back the title and the body in logical order through pdftotext, digits of the source kept', async () => {
    const { document, bytes } = await edition(input);
    const read = arabicWords(inspectPdf(bytes).pages.join('\n'));
    const expected = arabicWords([document.letter.title.text, ...document.letter.body.map((block) => (block as Paragraph).text)].join(' '));
    expect(expected.length).toBeGreaterThan(20);
    const start = read.indexOf(expected[0]!);
    expect(read.slice(start, start + expected.length)).toEqual(expected);
    const pages = inspectPdf(bytes).pages.join('\n');
    const body = [document.letter.title.text, ...document.letter.body.map((block) => (block as Paragraph).text)].join(' ');
    for (const number of numbers(body)) expect(numbers(pages)).toContain(number);
  });

  it('sets lines right to left: the first word of the title stands at the right of the second, the lines end flush right', async () => {
    const { document, bytes } = await edition(input);
    const boxes = wordBoxes(bytes);
    const [first, second] = document.letter.title.text.split(/\s+/u);
    const firstBox = boxes.find((box) => box.text === first)!;
    const secondBox = boxes.find((box) => box.text === second && box.yMin === firstBox.yMin)!;
    expect(firstBox.xMin).toBeGreaterThan(secondBox.xMax);
    const bodyStart = arabicWords((document.letter.body[0] as Paragraph).text)[0]!;
    const bodyBox = boxes.find((box) => box.text === bodyStart)!;
    const below = boxes.filter((box) => box.yMin > bodyBox.yMin - 4).sort((left, right) => left.yMin - right.yMin);
    // Words of one line differ in height (Arabic letters rise and fall): a line is words within 5 points.
    const lines: WordBox[][] = [];
    for (const box of below) {
      if (lines.length > 0 && box.yMin - lines.at(-1)![0]!.yMin < 5) lines.at(-1)!.push(box);
      else lines.push([box]);
    }
    const lineEnds = lines.slice(0, 3).map((line) => Math.max(...line.map((box) => box.xMax)));
    const lineStarts = lines.slice(0, 3).map((line) => Math.min(...line.map((box) => box.xMin)));
    // The paragraph's first line is indented from the right; the lines after it end at one right edge and
    // are ragged on the left.
    expect(lineEnds[0]!).toBeLessThan(lineEnds[1]! - 10);
    expect(Math.abs(lineEnds[1]! - lineEnds[2]!)).toBeLessThan(2);
    expect(lineStarts[1]).not.toBeCloseTo(lineStarts[2]!, 0);
  });

  it('embeds the Arabic face and draws the joined forms of the letters', async () => {
    const { bytes } = await edition(input);
    expect(inspectPdf(bytes).fonts.filter((font) => font.name.includes('NotoNaskhArabic')).every((font) => font.embedded)).toBe(true);
    const pdf = await PDFDocument.create();
    const word = 'الأمم';
    const fonts = await embedFonts(pdf, word);
    const face = fonts.faces.arabic!.regular as unknown as { embedder: { font: { layout(text: string): { glyphs: Array<{ id: number }> }; glyphForCodePoint(code: number): { id: number } } } };
    const shaped = face.embedder.font.layout(word).glyphs.map((glyph) => glyph.id);
    const isolated = [...word].map((letter) => face.embedder.font.glyphForCodePoint(letter.codePointAt(0)!).id);
    // Joined forms (initial, medial, final, the lam-alef ligature) are other glyphs than the isolated letters.
    expect(shaped).not.toEqual([...isolated].reverse());
    expect(shaped.length).toBeLessThan(isolated.length);
  });

  it('orders a line with numbers and a Latin symbol by the bidirectional algorithm', async () => {
    const pdf = await PDFDocument.create();
    const fonts = await embedFonts(pdf, 'في ٢٣ كانون الأول (S/AC.51/2024/8)');
    const drawn = visualRuns('في ٢٣ كانون (S/AC.51/2024/8)', fonts).map((run) => run.text).join('|');
    // Drawn from the left: the symbol in its brackets, the Arabic words (handed to the shaper in logical
    // order), the number reading left to right.
    expect(drawn.indexOf('S/AC.51/2024/8')).toBeLessThan(drawn.indexOf('كانون'));
    expect(drawn.indexOf('كانون')).toBeLessThan(drawn.indexOf('في'));
  });
});

describe('Chinese PDF edition', () => {
  const input = 'fixtures/real/parallel/A-79-718/zh.txt';

  it('is drawn by mupdf: ink in the box of every character, the regular and the bold face', async () => {
    const { read, blank } = await undrawn(input);
    expect(read).toBeGreaterThan(500);
    expect(blank).toBe('');
  });

  it('gives back the body through pdftotext with no space added inside the lines', async () => {
    const { document, bytes } = await edition(input);
    const read = inspectPdf(bytes).pages.join('').replace(/\s+/gu, '');
    for (const block of document.letter.body) expect(read).toContain((block as Paragraph).text.replace(/\s+/gu, ''));
  });

  it('breaks lines between characters, never before a closing mark nor after an opening one', async () => {
    const { bytes } = await edition(input);
    const lines = inspectPdf(bytes).pages.join('\n').split('\n').map((line) => line.trim()).filter((line) => /\p{Script=Han}/u.test(line));
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((line) => /^[，。、；：！？）」』”》]/u.test(line))).toEqual([]);
    expect(lines.filter((line) => /[（「『“《]$/u.test(line))).toEqual([]);
    // A paragraph runs over several lines: lines end inside sentences, between two characters.
    expect(lines.filter((line) => /\p{Script=Han}$/u.test(line)).length).toBeGreaterThan(3);
  });

  it('embeds a subset of the Chinese face', async () => {
    const { bytes } = await edition(input);
    const fonts = inspectPdf(bytes).fonts.filter((font) => font.name.includes('NotoSansHans'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded)).toBe(true);
    expect(bytes.length).toBeLessThan(1_000_000);
  });
});
