/**
 * Archival identity (issue 17): a letter is one Work whatever file it came from. Its French and English
 * versions, its born-digital PDF and its scans share one Work IRI and sit together in the catalog of a run;
 * no date appears that the source does not hold; an edition's bytes do not depend on the rest of the batch.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentIdentity } from '../pipeline/emit/identity.ts';
import { emitAkn } from '../pipeline/emit/akn/index.ts';
import { emitters, renderAll } from '../pipeline/emit/index.ts';
import type { UnDocument } from '../pipeline/model/index.ts';
import { terminateOcr } from '../pipeline/ocr/index.ts';
import type { Catalog, CatalogEntry } from '../pipeline/runner/index.ts';
import { buildCatalog, catalogEntry, ingest, processSource, readCatalogLog, recordInCatalog, CATALOG_FILE } from '../pipeline/runner/index.ts';
import { runFixture, projectRoot } from './languages/helpers.ts';
import { inspectPdf } from './helpers/pdf-tools.ts';

afterAll(() => terminateOcr());

/** The versions of each letter among the fixtures, by hand from reading them: texts in both languages, PDFs, scans. */
const LETTERS: Record<string, string[]> = {
  '000': ['fixtures/seeds/000_44b9d8396a3b70c7.txt', 'fixtures/scans/seed000-broken-text-layer.pdf'],
  '001': ['fixtures/seeds/001_9c7fba9161e6c07a.txt'],
  '002': ['fixtures/seeds/002_4204fe919a018fb2.txt', 'fixtures/letters/en/002-en.txt', 'fixtures/scans/seed002-scan-200dpi.pdf'],
  '003': ['fixtures/seeds/003_fa7ca501a90a39ad.txt', 'fixtures/letters/en/003-en.txt', 'fixtures/scans/seed003-born-digital.pdf', 'fixtures/scans/seed003-page-150dpi.png'],
  '004': ['fixtures/seeds/004_6b36ae07bae8e98f.txt'],
  '006': ['fixtures/letters/fr/006-eau-douce-reykjavik.txt'],
  '007': ['fixtures/letters/en/007-en.txt', 'fixtures/scans/en007-scan-200dpi.pdf'],
};

const LANGUAGE_OF: Record<string, string> = { en: 'eng', fr: 'fra' };

describe('one Work per letter', () => {
  it('gives the French and English versions, the PDF and the scans of a letter one Work IRI, and other letters others', async () => {
    const works = new Map<string, string>();
    for (const [letter, paths] of Object.entries(LETTERS)) {
      const iris = new Set<string>();
      for (const path of paths) {
        const document = await runFixture(path);
        const identity = documentIdentity(document);
        expect(identity.workUri, path).toMatch(/^\/akn\/un\/doc\/communication\/[\w-]+\/\d{4}-\d{2}-\d{2}\/[\p{L}\p{N}._-]+$/u);
        // The Work comes from the letter, never from the file: no trace of the source's digest in it.
        expect(identity.workUri).not.toContain(document.id);
        expect(identity.workUri).not.toContain(document.source.sha256.slice(0, 8));
        iris.add(identity.workUri);
        // The same Work IRI in the Akoma Ntoso, and the Expression in the document's language.
        const xml = emitAkn(document);
        expect(xml).toContain(`<FRBRuri value="${identity.workUri}"/>`);
        expect(xml).toContain(`<FRBRlanguage language="${LANGUAGE_OF[document.lang]}"/>`);
      }
      expect([...iris], `letter ${letter}: ${paths.join(', ')}`).toHaveLength(1);
      const [iri] = [...iris];
      expect(works.get(iri!), `letter ${letter} and letter ${works.get(iri!)} share ${iri}`).toBeUndefined();
      works.set(iri!, letter);
    }
  }, 600_000);

  it('lists each letter as one Work in the catalog, one Expression per language with its files', async () => {
    const entries: CatalogEntry[] = [];
    for (const paths of Object.values(LETTERS)) {
      for (const path of paths) {
        const document = await runFixture(path);
        const folder = path.split('/').pop()!.replace(/\.[^.]+$/, '');
        entries.push(catalogEntry(document, folder, [`${folder}.json`]));
      }
    }
    const catalog = buildCatalog(entries);
    expect(catalog.works).toHaveLength(Object.keys(LETTERS).length);
    for (const [letter, paths] of Object.entries(LETTERS)) {
      const folders = paths.map((path) => path.split('/').pop()!.replace(/\.[^.]+$/, '')).sort();
      const work = catalog.works.find((candidate) => candidate.expressions.some((expression) => expression.manifestations.some((manifestation) => folders.includes(manifestation.folder))));
      const listed = work!.expressions.flatMap((expression) => expression.manifestations.map((manifestation) => manifestation.folder)).sort();
      expect(listed, `letter ${letter}`).toEqual(folders);
      const languages = work!.expressions.map((expression) => expression.language);
      expect(new Set(languages).size, `letter ${letter}: one Expression per language`).toBe(languages.length);
    }
    // 003's annex says it was written in English and Russian: the English version is an original, the French a translation.
    const letter003 = catalog.works.find((work) => work.expressions.some((expression) => expression.manifestations.some((manifestation) => manifestation.folder === '003-en')))!;
    expect(letter003.originalLanguages).toEqual(['eng', 'rus']);
    expect(letter003.expressions.find((expression) => expression.language === 'eng')?.original).toBe(true);
    expect(letter003.expressions.find((expression) => expression.language === 'fra')?.original).toBe(false);
    const french = emitAkn(await runFixture('fixtures/seeds/003_fa7ca501a90a39ad.txt'));
    expect(french).toMatch(/<FRBRtranslation href="\/akn\/un\/doc\/communication\/[^"]+\/rus@2004-09-16" fromLanguage="rus" by="#translator"\/>/);
    // The persons of the language versions are linked by their sound key, whatever each version's spelling.
    for (const work of catalog.works.filter((candidate) => new Set(candidate.expressions.map((expression) => expression.language)).size > 1)) {
      const languages = new Set(work.expressions.map((expression) => expression.language));
      const linked = (work.persons ?? []).filter((person) => new Set(person.names.map((name) => name.language)).size === languages.size);
      expect(linked.length, `${work.work}: persons named in every version`).toBeGreaterThan(0);
    }
    const scanned = catalog.works.flatMap((work) => work.expressions.flatMap((expression) => expression.manifestations)).filter((manifestation) => manifestation.ocr);
    expect(scanned.map((manifestation) => manifestation.format)).toContain('image/png');
  }, 600_000);
});

describe('the catalog of a run', () => {
  let out: string | undefined;
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('is written by ingest beside the editions, and an edition is the same bytes alone and in a batch', async () => {
    out = await mkdtemp(join(tmpdir(), 'unletters-catalog-'));
    const alone = join(out, 'alone');
    const batch = join(out, 'batch');
    const english = join(projectRoot, 'fixtures/letters/en/002-en.txt');
    const french = join(projectRoot, 'fixtures/seeds/002_4204fe919a018fb2.txt');
    const others = join(projectRoot, 'fixtures/seeds/001_9c7fba9161e6c07a.txt');
    expect((await ingest([english], { out: alone })).every((result) => result.ok)).toBe(true);
    expect((await ingest([french, others, english], { out: batch })).every((result) => result.ok)).toBe(true);
    for (const extension of ['pdf', 'akn.xml', 'json', 'txt']) {
      const [first, second] = await Promise.all([readFile(join(alone, '002-en', `002-en.${extension}`)), readFile(join(batch, '002-en', `002-en.${extension}`))]);
      expect(Buffer.compare(first, second), `002-en.${extension} alone and in a batch`).toBe(0);
    }
    const catalog = JSON.parse(await readFile(join(batch, CATALOG_FILE), 'utf8')) as Catalog;
    expect(catalog.works).toHaveLength(2);
    const letter = catalog.works.find((work) => work.expressions.length === 2)!;
    expect(letter.expressions.map((expression) => [expression.language, expression.manifestations.map((manifestation) => manifestation.folder)])).toEqual([
      ['eng', ['002-en']],
      ['fra', ['002_4204fe919a018fb2']],
    ]);
    expect(letter.expressions[0]!.manifestations[0]!.files).toContain('002-en.pdf');
  }, 600_000);

  it('keeps every edition when many writers record at once, and one entry per folder written again', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'unletters-catalog-race-'));
    try {
      const document = await runFixture('fixtures/letters/en/002-en.txt');
      const writers = Array.from({ length: 40 }, (_, index) => recordInCatalog(folder, catalogEntry(document, `copy-${index}`, [`copy-${index}.json`])));
      await Promise.all(writers);
      await recordInCatalog(folder, catalogEntry(document, 'copy-0', ['copy-0.json']));
      expect(await readCatalogLog(folder)).toHaveLength(41);
      const catalog = JSON.parse(await readFile(join(folder, CATALOG_FILE), 'utf8')) as Catalog;
      expect(catalog.works).toHaveLength(1);
      const folders = catalog.works[0]!.expressions.flatMap((expression) => expression.manifestations.map((manifestation) => manifestation.folder));
      expect(folders.sort()).toEqual(Array.from({ length: 40 }, (_, index) => `copy-${index}`).sort());
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a scan keeps its evidence', () => {
  it('attaches the source as the PDF/A Source, lists the doubtful OCR words with page and box, marks them in the AKN, and says it was read by OCR', async () => {
    const path = 'fixtures/scans/seed002-scan-200dpi.pdf';
    const source = new Uint8Array(await readFile(join(projectRoot, path)));
    const document = await runFixture(path);
    const renderings = new Map((await renderAll(document, emitters, { source })).map((rendering) => [rendering.extension, rendering]));
    const json = JSON.parse(renderings.get('json')!.content as string) as UnDocument;
    expect(json.ocrDoubtful?.length).toBeGreaterThan(0);
    for (const word of json.ocrDoubtful!) {
      expect(word.confidence).toBeLessThan(60);
      expect(word.page).toBeGreaterThanOrEqual(1);
      expect(word.bbox).toHaveLength(4);
    }
    const located = json.ocrDoubtful!.filter((word) => word.nodeId !== undefined);
    expect(located.length).toBeGreaterThan(0);
    const xml = renderings.get('akn.xml')!.content as string;
    expect(xml.match(/<span class="ocrDoubtful"/g)?.length ?? 0).toBeGreaterThan(0);
    const inspection = inspectPdf(renderings.get('pdf')!.content as Uint8Array);
    const attached = inspection.attachments.get('seed002-scan-200dpi.source.pdf');
    expect(attached && Buffer.compare(attached, Buffer.from(source))).toBe(0);
    const pdfFile = join(await mkdtemp(join(tmpdir(), 'unletters-scan-pdf-')), 'edition.pdf');
    await writeFile(pdfFile, renderings.get('pdf')!.content as Uint8Array);
    const tree = execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdfFile, '-']).toString('latin1');
    await rm(dirname(pdfFile), { recursive: true, force: true });
    expect(tree).toMatch(/\/AFRelationship \/Source/);
    expect(inspection.pages.join(' ').replace(/\s+/g, ' ')).toContain('établi par reconnaissance optique de caractères');
    // A typed letter has none of it.
    const typed = new Map((await renderAll(await runFixture('fixtures/seeds/002_4204fe919a018fb2.txt'), emitters, { source })).map((rendering) => [rendering.extension, rendering]));
    expect(JSON.parse(typed.get('json')!.content as string).ocrDoubtful).toBeUndefined();
    expect([...inspectPdf(typed.get('pdf')!.content as Uint8Array).attachments.keys()].some((name) => name.includes('.source'))).toBe(false);
  }, 300_000);
});

describe('no invented dates', () => {
  it('gives an undated text no date: a warning, `undated` in the IRIs, and the PDF dated when it was made', async () => {
    const text = 'Déclaration commune\n\nLes ministres se sont réunis et ont adopté la présente déclaration.\n';
    const document: UnDocument = await processSource({ name: 'fragment.txt', bytes: new TextEncoder().encode(text) });
    expect(document.letter.date).toBeUndefined();
    expect(document.warnings.map((warning) => warning.code)).toContain('undated');
    const identity = documentIdentity(document);
    expect(identity.date).toBeUndefined();
    expect(identity.workUri).toContain('/undated/');
    const xml = emitAkn(document);
    expect(xml).not.toMatch(/0001-01-01|2000-01-01/);
    expect(xml).not.toContain('name="issuance"');
    expect(xml).not.toMatch(/<docDate/);
    const madeAt = new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000);
    const pdf = (await renderAll(document)).find((rendering) => rendering.extension === 'pdf')!.content as Uint8Array;
    const inspection = inspectPdf(pdf);
    expect(inspection.xmp).toContain(`<xmp:CreateDate>${madeAt.toISOString().slice(0, 19)}Z</xmp:CreateDate>`);
    expect(inspection.xmp).not.toMatch(/2000-01-01/);
  }, 120_000);
});
