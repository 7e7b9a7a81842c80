/**
 * The English fixtures against the same hand-written expectations format as the French seeds
 * (fixtures/expected/*.json, described in fixtures/expected/README.md), and the same validity checks:
 * JSON schema and Akoma Ntoso schema. pipeline/segment/segment.test.ts
 * runs the full comparison on every expectation; this is the compact, language-focused one.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Paragraph, Signature } from '../../pipeline/model/index.ts';
import type { Expected, ExpectedSignature } from '../../fixtures/expected/format.ts';
import { aknValidation, bodyShape, documentSchemaErrors, ENGLISH_FIXTURES, projectRoot, runFixture } from './helpers.ts';

/**
 * Case, the width of white space and apostrophe forms aside: the comparison is about structure, not
 * typography. Words stay apart, so a glued or split word is a difference.
 */
function loose(text: string | null | undefined): string {
  return (text ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’‘]/gu, "'").replace(/\s+/gu, ' ').trim();
}

function startsWith(actual: string | undefined, start: string): boolean {
  return loose(actual).startsWith(loose(start));
}

function signatureView(signatures: readonly Signature[]) {
  return signatures.map((signature) => ({ honorific: loose(signature.honorific), roles: signature.roles.map(loose), name: loose(signature.name) }));
}

function expectedSignatureView(signatures: readonly ExpectedSignature[]) {
  return signatures.map((signature) => ({ honorific: loose(signature.honorific), roles: signature.roles.map(loose), name: loose(signature.name) }));
}

function sections(blocks: readonly Block[]): Array<{ num?: string; heading: string }> {
  return blocks.flatMap((block) =>
    block.type === 'section' && block.numbering !== 'alpha-parenthesis' ? [{ num: block.num, heading: loose(block.heading?.text) }, ...sections(block.children)] : block.type === 'section' ? sections(block.children) : [],
  );
}

function firstItems(blocks: readonly Block[]): string[] {
  const found: string[] = [];
  const visit = (block: Block) => {
    if (block.type === 'section') block.children.forEach(visit);
    else if (block.type === 'paragraph') block.children?.forEach(visit);
    else if (block.type === 'list') {
      found.push(block.items[0]?.text ?? '');
      for (const item of block.items) item.children?.forEach(visit);
    }
  };
  blocks.forEach(visit);
  return found;
}

function listMarkers(blocks: readonly Block[]): string[] {
  const found: string[] = [];
  const visit = (block: Block) => {
    if (block.type === 'section') block.children.forEach(visit);
    else if (block.type === 'paragraph') block.children?.forEach(visit);
    else if (block.type === 'list') {
      found.push(block.marker);
      for (const item of block.items) item.children?.forEach(visit);
    }
  };
  blocks.forEach(visit);
  return found;
}

describe.each(ENGLISH_FIXTURES)('English fixture %s', (input) => {
  const name = input.split('/').pop()!.replace(/\.txt$/u, '');
  const expectedFile = join(projectRoot, 'fixtures/expected', `${name}.json`);

  it('has an expectation in the seeds’ format', async () => {
    const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as Expected;
    expect(expected.input).toBe(input);
  });

  it('reads the distribution header', async () => {
    const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as Expected;
    const header = (await runFixture(input)).header;
    if (expected.header === null) return expect(header).toBeUndefined();
    expect({
      organs: header?.organs.map(loose),
      session: loose(header?.session),
      sessionNumber: header?.sessionNumber ?? null,
      agendaItems: header?.agendaItems,
      titles: header?.agendaTitles.length,
    }).toEqual({
      organs: expected.header.organs.map(loose),
      session: loose(expected.header.session),
      sessionNumber: expected.header.sessionNumber,
      agendaItems: expected.header.agendaItems,
      titles: expected.header.agendaTitleStarts.length,
    });
    expected.header.agendaTitleStarts.forEach((start, index) => expect(startsWith(header?.agendaTitles[index]?.text, start), start).toBe(true));
  });

  it('reads the letter: kind, date, title, addressees, sender, paragraphs, signatures', async () => {
    const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as Expected;
    const { letter } = await runFixture(input);
    expect({ kind: letter.kind, date: letter.date ?? null, addressees: letter.addressees.map(loose) }).toEqual({
      kind: expected.letter.kind,
      date: expected.letter.date,
      addressees: expected.letter.addressees.map(loose),
    });
    expect(startsWith(letter.title.text, expected.letter.titleStart), letter.title.text).toBe(true);
    if (expected.letter.senderStart !== null) expect(startsWith(letter.senders[0], expected.letter.senderStart), letter.senders[0]).toBe(true);
    expect(letter.body.map((block) => block.type)).toEqual(expected.letter.paragraphStarts.map(() => 'paragraph'));
    expected.letter.paragraphStarts.forEach((start, index) => expect(startsWith((letter.body[index] as Paragraph).text, start), start).toBe(true));
    expect(signatureView(letter.signatures)).toEqual(expectedSignatureView(expected.letter.signatures));
  });

  it('reads the annexes: heading, original languages, title, place and date, numbering, sections, lists, closing, signatures', async () => {
    const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as Expected;
    const { annexes } = await runFixture(input);
    expect(annexes).toHaveLength(expected.annexes.length);
    expected.annexes.forEach((want, index) => {
      const annex = annexes[index]!;
      expect(startsWith(annex.heading.text, want.headingStart), annex.heading.text).toBe(true);
      expect(annex.originalLanguages.map(loose)).toEqual(want.originalLanguages.map(loose));
      if (want.titleStart !== null) expect(startsWith(annex.title?.text, want.titleStart), annex.title?.text).toBe(true);
      expect({ place: annex.place ?? null, date: annex.date ?? null, dateLine: loose(annex.dateLine?.text) }).toEqual({
        place: want.place,
        date: want.date,
        dateLine: loose(want.dateLine),
      });
      expect(bodyShape(annex.body).numbered).toEqual(want.numbered);
      expect(sections(annex.body)).toEqual(want.sections.map((section) => ({ num: section.num, heading: loose(section.heading) })));
      expect({ markers: listMarkers(annex.body), items: bodyShape(annex.body).listItems }).toEqual({
        markers: want.lists.map((list) => list.marker),
        items: want.lists.map((list) => list.items),
      });
      firstItems(annex.body).forEach((text, position) => expect(startsWith(text, want.lists[position]!.firstItemStart), text).toBe(true));
      expect(annex.closing.map((block) => (block as Paragraph).text).map((text, position) => startsWith(text, want.closingStarts[position] ?? '\u0000'))).toEqual(
        want.closingStarts.map(() => true),
      );
      expect(signatureView(annex.signatures)).toEqual(expectedSignatureView(want.signatures));
    });
  });

  it('gives a JSON output valid against the document schema', async () => {
    expect(await documentSchemaErrors(await runFixture(input))).toEqual([]);
  });

  it('gives Akoma Ntoso valid against the official schema', async () => {
    const result = await aknValidation(await runFixture(input));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
