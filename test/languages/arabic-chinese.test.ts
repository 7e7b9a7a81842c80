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
import { aknValidation, documentSchemaErrors, projectRoot, runFixture } from './helpers.ts';

const TUNING = ['A-79-718', 'A-79-757', 'S-2025-180', 'S-2025-313', 'S-2025-394'];
const LANGUAGES = ['ar', 'zh'] as const;

interface WorldExpected {
  input: string;
  lang: string;
  header: null | { organs: string[]; session: string | null; sessionNumber: number | null; agendaItems: string[]; agendaTitleStarts: string[] };
  letter: { kind: string; date: string; titleStart: string; addressees: string[]; senderStart: string | null };
  annexes: Array<{ headingStart: string; headingExact?: boolean; sections: Array<{ num: string | null; heading: string }> }>;
}

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
