import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Block, UnDocument } from '../../model/index.ts';
import { processSource } from '../../runner/index.ts';
import type { Rendering } from '../index.ts';
import { renderAll } from '../index.ts';
import { emitJson } from '../json/index.ts';
import type { PdfInspection } from '../../../test/helpers/pdf-tools.ts';
import { comparableText, inspectPdf, textWithoutPageNumbers } from '../../../test/helpers/pdf-tools.ts';
import { emitPdf } from './index.ts';
import { editionWords, framedText } from '../edition-words.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SEEDS = join(ROOT, 'fixtures/seeds');
/** The letters in each language beside the seeds: every text fixture gets an edition that reads back. */
const LETTERS = ['fixtures/letters/en', 'fixtures/letters/fr'].flatMap((folder) => readdirSync(join(ROOT, folder)).filter((name) => name.endsWith('.txt')).sort().map((name) => join(folder, name)));

interface Case {
  name: string;
  document: UnDocument;
  renderings: Map<string, Rendering>;
  pdf: Uint8Array;
  inspection: PdfInspection;
}

/** The sample model goes through the emitters directly; seeds go through the whole pipeline. */
async function sampleCase(): Promise<Case> {
  const document = JSON.parse(readFileSync(join(ROOT, 'fixtures/model/sample-letter.json'), 'utf8')) as UnDocument;
  const renderings = new Map<string, Rendering>([['json', { extension: 'json', content: emitJson(document) }]]);
  const pdf = await emitPdf(document, renderings);
  return { name: 'sample-letter', document, renderings, pdf, inspection: inspectPdf(pdf) };
}

async function seedCase(file: string): Promise<Case> {
  const path = file.includes('/') ? join(ROOT, file) : join(SEEDS, file);
  const document = await processSource({ name: path, bytes: new Uint8Array(readFileSync(path)) });
  const all = await renderAll(document);
  const renderings = new Map(all.map((rendering) => [rendering.extension, rendering]));
  const pdf = renderings.get('pdf')!.content as Uint8Array;
  return { name: file, document, renderings, pdf, inspection: inspectPdf(pdf) };
}

/** What a reader should find in the sample's PDF, in reading order, read from the model without the layout code. */
function sampleReadingText(document: UnDocument): string {
  const words = editionWords(document.lang);
  const parts: string[] = [];
  const { header, letter } = document;
  if (header) {
    parts.push(...header.organs, header.session ?? '', header.year ?? '', framedText(words.agendaItems, header.agendaItems));
    parts.push(...header.agendaTitles.map((title) => title.text));
  }
  parts.push(letter.title.text);
  const blocks = (list: readonly Block[]) => {
    for (const item of list) {
      if (item.type === 'paragraph') {
        parts.push(item.num ? `${item.num}${item.numbering === 'decimal-parenthesis' ? ')' : '.'}` : '', item.text);
        blocks(item.children ?? []);
      } else if (item.type === 'section') {
        const suffix = item.numbering === 'alpha-parenthesis' ? ')' : '.';
        parts.push(item.num ? (item.heading ? `${item.num}${suffix}` : item.num) : '', item.heading?.text ?? '');
        blocks(item.children);
      } else if (item.type === 'table') {
        for (const row of item.rows) parts.push(...row.cells.map((cell) => cell.text));
      } else if (item.type === 'figure') {
        parts.push(item.caption.text);
      } else {
        for (const entry of item.items) parts.push(entry.num ? `${entry.num})` : item.marker, entry.text);
      }
    }
  };
  const signatures = (list: UnDocument['letter']['signatures']) => {
    for (const signature of list) {
      const roles = [signature.honorific ? `${signature.honorific},` : '', ...signature.roles];
      const signed = [signature.signed ? words.signedMark : '', signature.name ?? ''];
      parts.push(...(signature.nameFirst ? [...signed, ...roles] : [...roles, ...signed]));
    }
  };
  blocks(letter.body);
  signatures(letter.signatures);
  for (const annex of document.annexes) {
    parts.push(annex.heading.text, framedText(words.original, annex.originalLanguages), annex.title?.text ?? '', annex.dateLine?.text ?? '');
    blocks(annex.body);
    if (annex.signaturesBeforeClosing) signatures(annex.signatures);
    blocks(annex.closing);
    if (!annex.signaturesBeforeClosing) signatures(annex.signatures);
  }
  return parts.join('\n');
}

/** The words of a text, hyphens of line-end cuts aside: letters and digits runs. */
function words(text: string): string[] {
  return text.normalize('NFC').replace(/[\u00ad]/g, '').split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

const SEED_FILES = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
const built = new Map<string, Promise<Case>>();

/** Each case is built once, on first use, whichever test asks first. */
function caseNamed(name: string): Promise<Case> {
  let found = built.get(name);
  if (!found) {
    found = name === 'sample-letter' ? sampleCase() : seedCase(name);
    built.set(name, found);
  }
  return found;
}

describe.each(['sample-letter', ...SEED_FILES, ...LETTERS])('archival PDF of %s', (name) => {
  let current: Case;
  beforeAll(async () => {
    current = await caseNamed(name);
  });

  it('reads back as the repaired text, apart from line breaks and hyphenation', () => {
    const extracted = comparableText(textWithoutPageNumbers(current.inspection.pages));
    const expected = name === 'sample-letter' ? sampleReadingText(current.document) : current.document.text;
    expect(extracted).toBe(comparableText(expected));
  });

  it('embeds every font it uses', () => {
    expect(current.inspection.fonts.length).toBeGreaterThan(0);
    for (const font of current.inspection.fonts) expect(font.embedded, font.name).toBe(true);
  });

  it('passes qpdf --check', () => {
    expect(current.inspection.qpdfCheck.ok, current.inspection.qpdfCheck.output).toBe(true);
  });

  it('gives back every word of its text through pdftotext, every glyph mapped to its letters', () => {
    const text = current.inspection.pages.join('\n');
    // A word the layout cut at a line end reads back whole once its two halves are joined.
    const extracted = new Set([...words(text), ...words(text.replace(/(?<=\p{L})-\s*\n\s*(?=\p{L})/gu, ''))]);
    const expected = name === 'sample-letter' ? sampleReadingText(current.document) : current.document.text;
    const missing = [...new Set(words(expected))].filter((word) => !extracted.has(word));
    expect(missing, `${name}: words pdftotext does not give back`).toEqual([]);
  });

  it('carries the JSON and Akoma Ntoso renderings byte for byte', () => {
    const stem = name.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
    expect(current.renderings.has('json')).toBe(true);
    for (const extension of ['json', 'akn.xml']) {
      const rendering = current.renderings.get(extension);
      if (!rendering) continue;
      const attached = current.inspection.attachments.get(`${stem}.${extension}`);
      expect(attached, `${extension} attached`).toBeDefined();
      expect(Buffer.compare(attached!, Buffer.from(rendering.content)), `${extension} bytes`).toBe(0);
    }
  });

  it('declares PDF/A-3B in its XMP, agreeing with the document information, and is not encrypted', () => {
    const { document, inspection } = current;
    expect(inspection.xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>/);
    expect(inspection.xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(inspection.info.Encrypted).toMatch(/^no/);
    expect(inspection.info['Page size']).toMatch(/595\.\d+ x 841\.\d+ pts \(A4\)/);
    if (document.letter.title.text) expect(inspection.info.Title).toBe(document.letter.title.text);
    // Made when the tests say it was (SOURCE_DATE_EPOCH, vitest.config.ts), not on the letter's date.
    const madeAt = new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 19);
    expect(inspection.xmp).toContain(`<xmp:CreateDate>${madeAt}Z</xmp:CreateDate>`);
  });

  it('gives the same bytes for the same document', async () => {
    const again = await emitPdf(current.document, current.renderings);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(current.pdf))).toBe(0);
  });
});

describe('archival PDF layout', () => {
  it('has an outline with the letter, the annex and its sections', async () => {
    const sample = await caseNamed('sample-letter');
    expect(sample.inspection.outline).toContain('Lettres identiques datées du 3 mars 2015');
    expect(sample.inspection.outline).toContain('Annexe aux lettres identiques');
    expect(sample.inspection.outline).toContain('I. Contexte');
    expect(sample.inspection.outline).toContain('a) Politique et sécurité');
  });

  it('starts the annex on a page of its own', async () => {
    const sample = await caseNamed('sample-letter');
    const annexPage = sample.inspection.pages.findIndex((page) => page.includes('Annexe aux lettres identiques'));
    expect(annexPage).toBeGreaterThan(0);
    expect(sample.inspection.pages[annexPage - 1]).toContain('Pablo Herrera');
  });

  it('hangs paragraph numbers and list marks before their text on the same line', async () => {
    const sample = await caseNamed('sample-letter');
    const text = sample.inspection.pages.join('\n');
    expect(text).toMatch(/^\s*1\.\s+Nous rappelons/m);
    expect(text).toMatch(/^\s*a\)\s+Politique et sécurité/m);
    expect(text).toMatch(/^\s*•\s+Coopération renforcée/m);
  });

  it('prints the signed line before the roles when the source did', async () => {
    const sample = await caseNamed('sample-letter');
    const document = structuredClone(sample.document);
    document.annexes[0]!.signatures[0]!.nameFirst = true;
    const text = comparableText(textWithoutPageNumbers(inspectPdf(await emitPdf(document)).pages));
    expect(text).toContain('(Signé) Erik Lund Le Ministre des affaires étrangères de la Norvège');
  });

  it('puts a closing after the signatures when the source did', async () => {
    const sample = await caseNamed('sample-letter');
    const document = structuredClone(sample.document);
    document.annexes[0]!.signaturesBeforeClosing = true;
    const text = comparableText(textWithoutPageNumbers(inspectPdf(await emitPdf(document)).pages));
    expect(text).toMatch(/Le Président de la République du Chili Adopté le 2 mars 2015 .*Chili\.$/);
  });
});

describe('archival PDFs made one after another in one process', () => {
  it('give a letter the same PDF whatever was rendered before it, and it reads back whole', async () => {
    const render = async (path: string) => {
      const document = await processSource({ name: path, bytes: new Uint8Array(readFileSync(join(ROOT, path))) });
      const renderings = new Map((await renderAll(document)).map((rendering) => [rendering.extension, rendering]));
      return { document, renderings, pdf: renderings.get('pdf')!.content as Uint8Array };
    };
    // Letters in French (accented letters in every face), then an English letter, twice.
    for (const file of SEED_FILES) await render(join('fixtures/seeds', file));
    const english = await render('fixtures/letters/en/003-en.txt');
    expect(comparableText(textWithoutPageNumbers(inspectPdf(english.pdf).pages))).toBe(comparableText(english.document.text));
    const again = await emitPdf(english.document, english.renderings);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(english.pdf))).toBe(0);
  });

  it('parse each font file once per process: a later letter parses none of the faces it embeds', async () => {
    const path = 'fixtures/letters/en/003-en.txt';
    const document = await processSource({ name: path, bytes: new Uint8Array(readFileSync(join(ROOT, path))) });
    const renderings = new Map((await renderAll(document)).map((rendering) => [rendering.extension, rendering]));
    const parses = vi.spyOn(fontkit, 'create');
    try {
      const again = await emitPdf(document, renderings);
      expect(parses).not.toHaveBeenCalled();
      expect(Buffer.compare(Buffer.from(again), Buffer.from(renderings.get('pdf')!.content as Uint8Array))).toBe(0);
    } finally {
      parses.mockRestore();
    }
  });
});
