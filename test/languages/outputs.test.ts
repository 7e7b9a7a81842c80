/**
 * The language reaches every output: the JSON's `lang`, Akoma Ntoso's FRBRExpression and FRBRlanguage
 * (per annex when an annex is in another language), and the PDF's catalog `/Lang` and XMP `dc:language`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRawStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { LanguageCode, UnDocument } from '../../pipeline/model/index.ts';
import { emitters, renderAll } from '../../pipeline/emit/index.ts';
import { processSource } from '../../pipeline/runner/index.ts';
import { projectRoot, runFixture } from './helpers.ts';

/** ISO 639-2 codes, as FRBRlanguage and AKN expression IRIs write them. */
const THREE_LETTERS: Partial<Record<LanguageCode, string>> = { en: 'eng', fr: 'fra' };

const hasEmitter = (extension: string) => emitters.some((emitter) => emitter.extension === extension);

async function render(document: UnDocument, extension: string): Promise<string | Uint8Array> {
  const renderings = await renderAll(document, emitters.filter((emitter) => ['txt', 'json', extension].includes(emitter.extension)));
  return renderings.find((rendering) => rendering.extension === extension)!.content;
}

/** Languages of the FRBRExpression blocks, in document order: the main document first, then each annex. */
function expressionLanguages(xml: string): Array<{ language: string; iri: string }> {
  return [...xml.matchAll(/<FRBRExpression>([\s\S]*?)<\/FRBRExpression>/gu)].map((match) => ({
    language: /<FRBRlanguage language="([^"]+)"/u.exec(match[1]!)?.[1] ?? '',
    iri: /<FRBRthis value="([^"]+)"/u.exec(match[1]!)?.[1] ?? '',
  }));
}

async function frenchLetterWithEnglishAnnex(): Promise<UnDocument> {
  const french = await readFile(join(projectRoot, 'fixtures/seeds/002_4204fe919a018fb2.txt'), 'utf8');
  const english = await readFile(join(projectRoot, 'fixtures/letters/en/002-en.txt'), 'utf8');
  const text = `${french.slice(0, french.indexOf('[Original : russe]'))}[Original : anglais] \n \n\n${english.slice(english.indexOf('  Declaration of the Heads of State'))}`;
  return processSource({ name: 'mixed.txt', bytes: new TextEncoder().encode(text) });
}

async function pdfLanguages(bytes: Uint8Array): Promise<{ catalog?: string; xmp?: string }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const lang = pdf.catalog.lookup(PDFName.of('Lang'));
  const metadata = pdf.catalog.lookup(PDFName.of('Metadata'));
  let xmp: string | undefined;
  if (metadata instanceof PDFRawStream) {
    const packet = new TextDecoder().decode(metadata.dict.has(PDFName.of('Filter')) ? decodePDFRawStream(metadata).decode() : metadata.contents);
    xmp = /<dc:language>[\s\S]*?<rdf:li>([^<]+)<\/rdf:li>/u.exec(packet)?.[1];
  }
  return { catalog: lang instanceof PDFString ? lang.decodeText() : undefined, xmp };
}

describe.runIf(hasEmitter('akn.xml'))('Akoma Ntoso follows the language', () => {
  it.each([
    ['fixtures/letters/en/007-en.txt', undefined, 'en'],
    ['fixtures/seeds/002_4204fe919a018fb2.txt', undefined, 'fr'],
    ['fixtures/letters/en/002-en.txt', 'fr', 'fr'],
  ] as const)('%s (--lang %s) is expressed in %s, main document and annexes', async (path, forced, lang) => {
    const document = await runFixture(path, forced);
    const expressions = expressionLanguages((await render(document, 'akn.xml')) as string);
    expect(expressions.length).toBe(1 + document.annexes.length);
    // An annex found to be in another language is expressed in that language, even under --lang.
    const wanted = [lang, ...document.annexes.map((annex) => annex.lang ?? lang)].map((code) => THREE_LETTERS[code]);
    expect(expressions.map((expression) => expression.language)).toEqual(wanted);
    expressions.forEach((expression, index) => expect(expression.iri).toContain(`/${wanted[index]}@`));
  });

  it('expresses an annex in another language in that language', async () => {
    const document = await frenchLetterWithEnglishAnnex();
    const expressions = expressionLanguages((await render(document, 'akn.xml')) as string);
    expect(expressions.map((expression) => expression.language)).toEqual(['fra', 'eng']);
  });
});

describe.runIf(hasEmitter('pdf'))('the PDF edition follows the language', () => {
  it.each([
    ['fixtures/letters/en/003-en.txt', undefined, 'en'],
    ['fixtures/seeds/003_fa7ca501a90a39ad.txt', undefined, 'fr'],
    ['fixtures/letters/en/003-en.txt', 'fr', 'fr'],
  ] as const)('%s (--lang %s) declares %s in the catalog and the XMP metadata', async (path, forced, lang) => {
    const bytes = (await render(await runFixture(path, forced), 'pdf')) as Uint8Array;
    expect(await pdfLanguages(bytes)).toEqual({ catalog: lang, xmp: lang });
  });

  it('prints the English signed mark and original-language line in an English letter', async () => {
    const document = await runFixture('fixtures/letters/en/003-en.txt');
    const bytes = (await render(document, 'pdf')) as Uint8Array;
    const { inspectPdf } = await import('../helpers/pdf-tools.ts');
    const text = inspectPdf(bytes).pages.join('\n').replace(/[ \t]+/gu, ' ');
    expect(text).toContain('(Signed)');
    expect(text).toMatch(/\[Original: English and Russian\]/u);
    expect(text).not.toContain('(Signé)');
  });

  it('prints no word of its own in an English letter but the English edition words', async () => {
    const document = await runFixture('fixtures/letters/en/007-en.txt');
    const { inspectPdf } = await import('../helpers/pdf-tools.ts');
    const { editionWords, framedText } = await import('../../pipeline/emit/edition-words.ts');
    const wordsOf = (text: string) => new Set(text.match(/\p{L}+/gu) ?? []);
    const printed = wordsOf(inspectPdf((await render(document, 'pdf')) as Uint8Array).pages.join('\n'));
    const english = editionWords('en');
    const allowed = new Set([...wordsOf(document.text), ...wordsOf(`${english.signedMark} ${framedText(english.original, ['x', 'y'])} ${framedText(english.agendaItems, ['1', '2'])}`)]);
    expect([...printed].filter((word) => !allowed.has(word))).toEqual([]);
  });
});
