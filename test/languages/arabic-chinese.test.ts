/**
 * The Arabic and Chinese versions of the parallel sets (fixtures/real/parallel/<id>/{ar,zh}.txt, our own
 * translations of real English letters, see TRANSLATIONS-ar-zh.md) against their hand-written expectations
 * (fixtures/real/expected/<id>.{ar,zh}.json): what the segmenter reads of the masthead, header, title and
 * annexes, on the tuning sets only (A-79-945 and S-2025-395 are held out, fixtures/real/HELDOUT-world).
 * Texts are compared with runs of white space made one space: Arabic and Chinese have no case to fold.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitters, renderAll } from '../../pipeline/emit/index.ts';
import { keepsTextLayer, scoreTextLayer } from '../../pipeline/extract/text-layer-score.ts';
import type { Block } from '../../pipeline/model/index.ts';
import { aknValidation, documentSchemaErrors, projectRoot, runFixture } from './helpers.ts';

const TUNING = ['A-79-718', 'A-79-757', 'S-2025-180', 'S-2025-313', 'S-2025-394'];
const LANGUAGES = ['ar', 'zh'] as const;

interface ExpectedSignature { honorific: string | null; roles: string[]; name: string | null }

interface WorldExpected {
  input: string;
  lang: string;
  header: null | { organs: string[]; session: string | null; sessionNumber: number | null; agendaItems: string[]; agendaTitleStarts: string[] };
  letter: { kind: string; date: string; titleStart: string; addressees: string[]; senderStart: string | null; paragraphStarts: string[]; signatures: ExpectedSignature[] };
  annexes: Array<{ headingStart: string; headingExact?: boolean; numbered: Record<string, number>; signatures: ExpectedSignature[]; sections: Array<{ num: string | null; heading: string }> }>;
}

/** Paragraphs and list items of a body in reading order: the expectations list lettered items among the paragraphs. */
function runningTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph') return [block.text, ...runningTexts(block.children ?? [])];
    if (block.type === 'list') return block.items.map((item) => item.text);
    if (block.type === 'table' || block.type === 'figure') return [];
    return runningTexts(block.children);
  });
}

/** Numbered paragraphs and lettered items by numbering style. */
function numbering(blocks: readonly Block[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const visit = (each: readonly Block[]) => each.forEach((block) => {
    if (block.type === 'paragraph') {
      if (block.numbering) counts[block.numbering] = (counts[block.numbering] ?? 0) + 1;
      visit(block.children ?? []);
    } else if (block.type === 'list') {
      if (block.items.some((item) => item.num !== undefined)) counts[block.marker] = (counts[block.marker] ?? 0) + block.items.length;
    } else if (block.type === 'section') visit(block.children);
  });
  visit(blocks);
  return counts;
}

const signatureView = (signatures: ReadonlyArray<{ honorific?: string | null; roles: readonly string[]; name?: string | null }>) =>
  signatures.map((signature) => ({ honorific: signature.honorific ?? null, roles: signature.roles.map(spaced), name: signature.name ?? null }));

const spaced = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();
const startsWith = (text: string | undefined, start: string) => spaced(text).startsWith(spaced(start));

async function expectation(id: string, lang: string): Promise<WorldExpected> {
  return JSON.parse(await readFile(join(projectRoot, 'fixtures/real/expected', `${id}.${lang}.json`), 'utf8')) as WorldExpected;
}

describe.each(LANGUAGES.flatMap((lang) => TUNING.map((id) => [lang, id] as const)))('%s version of %s', (lang, id) => {
  const input = `fixtures/real/parallel/${id}/${lang}.txt`;

  it('is read in its language, with the header the UN prints', async () => {
    const expected = await expectation(id, lang);
    expect(expected.input).toBe(input);
    const document = await runFixture(input);
    expect(document.lang).toBe(lang);
    if (expected.header === null) return;
    expect({ session: spaced(document.header?.session), sessionNumber: document.header?.sessionNumber, agendaItems: document.header?.agendaItems }).toEqual({
      session: spaced(expected.header.session),
      sessionNumber: expected.header.sessionNumber,
      agendaItems: expected.header.agendaItems,
    });
  });

  it('reads the title: kind, date, addressees, sender', async () => {
    const expected = await expectation(id, lang);
    const { letter } = await runFixture(input);
    expect(startsWith(letter.title.text, expected.letter.titleStart), letter.title.text).toBe(true);
    expect({ kind: letter.kind, date: letter.date, addressees: letter.addressees.map(spaced) }).toEqual({
      kind: expected.letter.kind,
      date: expected.letter.date,
      addressees: expected.letter.addressees.map(spaced),
    });
    if (expected.letter.senderStart !== null) expect(startsWith(letter.senders[0], expected.letter.senderStart), letter.senders[0]).toBe(true);
  });

  it('reads the letter’s paragraphs (lettered items among them) and its signatures', async () => {
    const expected = await expectation(id, lang);
    const { letter } = await runFixture(input);
    const texts = runningTexts(letter.body);
    expect(texts).toHaveLength(expected.letter.paragraphStarts.length);
    expected.letter.paragraphStarts.forEach((start, index) => expect(startsWith(texts[index], start), texts[index]).toBe(true));
    expect(signatureView(letter.signatures)).toEqual(signatureView(expected.letter.signatures));
  });

  it('finds the annexes by their headings', async () => {
    const expected = await expectation(id, lang);
    const { annexes } = await runFixture(input);
    expect(annexes.map((annex) => startsWith(annex.heading.text, '') && spaced(annex.heading.text).slice(0, spaced(expected.annexes[annexes.indexOf(annex)]?.headingStart).length))).toEqual(
      expected.annexes.map((annex) => spaced(annex.headingStart)),
    );
    expected.annexes.forEach((annex, index) => {
      if (annex.headingExact) expect(spaced(annexes[index]!.heading.text)).toBe(spaced(annex.headingStart));
    });
  });
});

describe.each(LANGUAGES)('%s tuning sets', (lang) => {
  it('segment as expected, annexes’ numbering and signatures included, in at least three letters of five', async () => {
    const matching: string[] = [];
    for (const id of TUNING) {
      const expected = await expectation(id, lang);
      const { annexes } = await runFixture(`fixtures/real/parallel/${id}/${lang}.txt`);
      const same = annexes.length === expected.annexes.length && expected.annexes.every((annex, index) =>
        JSON.stringify(numbering(annexes[index]!.body)) === JSON.stringify(annex.numbered)
        && JSON.stringify(signatureView(annexes[index]!.signatures)) === JSON.stringify(signatureView(annex.signatures)));
      if (same) matching.push(id);
    }
    expect(matching.length, matching.join(', ')).toBeGreaterThanOrEqual(3);
  });
});

describe.each(LANGUAGES)('%s editions', (lang) => {
  it('gives JSON valid against the document schema and Akoma Ntoso valid against the official schema, in the letter’s language', async () => {
    const document = await runFixture(`fixtures/real/parallel/S-2025-394/${lang}.txt`);
    expect(await documentSchemaErrors(document)).toEqual([]);
    const validation = await aknValidation(document);
    expect(validation.errors).toEqual([]);
    const [akn] = await renderAll(document, emitters.filter((emitter) => emitter.extension === 'akn.xml'));
    const code = { ar: 'ara', zh: 'zho' }[lang];
    expect(akn!.content).toContain(`<FRBRlanguage language="${code}"/>`);
    expect(akn!.content).toContain(`xml:lang="${lang}"`);
  });
});

describe('text layers of Arabic and Chinese pages', () => {
  it.each(LANGUAGES)('keeps every page of the %s tuning letters as good text', async (lang) => {
    for (const id of TUNING) {
      const pages = (await readFile(join(projectRoot, `fixtures/real/parallel/${id}/${lang}.txt`), 'utf8')).split('\f').filter((page) => page.trim() !== '');
      for (const page of pages) {
        const score = scoreTextLayer(page);
        expect({ id, lang: score.lang, kept: keepsTextLayer(score) }).toEqual({ id, lang, kept: true });
      }
    }
  });

  it('sends a layer whose UTF-8 was read as Latin-1 (mojibake) to OCR, in either script', async () => {
    for (const lang of LANGUAGES) {
      const page = (await readFile(join(projectRoot, `fixtures/real/parallel/S-2025-180/${lang}.txt`), 'utf8')).split('\f')[1]!;
      const mojibake = Buffer.from(page, 'utf8').toString('latin1');
      expect(keepsTextLayer(scoreTextLayer(mojibake)), lang).toBe(false);
    }
  });
});
