/**
 * Runs the whole in-process pipeline (so whatever repair exists) on the seeds and the hand-written letters,
 * and compares the structure with expectations written by hand from reading each letter
 * (fixtures/expected/README.md describes the format).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annex, Block, Paragraph, Section, Signature, UnDocument } from '../model/index.ts';
import { processSource } from '../runner/index.ts';
import type { Expected, ExpectedAnnex, ExpectedSignature } from '../../fixtures/expected/format.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXPECTED = join(ROOT, 'fixtures', 'expected');


/**
 * Text compared modulo extraction and OCR damage, which is the repair stage's business, not segmentation's:
 * case, accents, the width and kind of white space (a run of spaces, tabs and line breaks counts as one
 * space), apostrophe forms, and `I’`/`|’` for `l’`. Words stay apart: a word glued to its neighbour or split
 * in two is a difference.
 */
function loose(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  return text
    .replace(/[I|](?=\s*['’‘"])/gu, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘"`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

function expectStart(actual: string | undefined, start: string, what: string): void {
  expect(loose(actual).startsWith(loose(start)), `${what}: "${actual}" should start with "${start}"`).toBe(true);
}

function expectSame(actual: string | null | undefined, expected: string | null, what: string): void {
  if (expected === null) expect(actual ?? null, what).toBeNull();
  else expect(loose(actual), `${what}: "${actual}" should be "${expected}"`).toBe(loose(expected));
}

function expectSignatures(actual: Signature[], expected: ExpectedSignature[], what: string): void {
  expect(actual.length, `${what}: number of signatures`).toBe(expected.length);
  expected.forEach((signature, index) => {
    const found = actual[index]!;
    expectSame(found.honorific, signature.honorific, `${what} ${index + 1} honorific`);
    expectSame(found.name, signature.name, `${what} ${index + 1} name`);
    // A named signatory signed (`(Signé)`, `(Signed)`); a block of roles alone carries no signed mark.
    expect(found.signed, `${what} ${index + 1} signed`).toBe(signature.name !== null);
    expect(found.roles.map(loose), `${what} ${index + 1} roles`).toEqual(signature.roles.map(loose));
  });
}

/** Every block under `blocks`, depth first, with the chain of sections above it. */
function* walk(blocks: Block[], sections: Section[] = []): Generator<{ block: Block; sections: Section[]; parent?: Paragraph }> {
  for (const block of blocks) {
    yield { block, sections };
    if (block.type === 'section') yield* walk(block.children, [...sections, block]);
    else if (block.type === 'paragraph' && block.children) {
      for (const child of walk(block.children, sections)) yield { ...child, parent: child.parent ?? block };
    } else if (block.type === 'list') {
      for (const item of block.items) if (item.children) yield* walk(item.children, sections);
    }
  }
}

function paragraphByKey(annex: Annex, key: string): { paragraph: Paragraph; siblings: Block[] } | undefined {
  const [sectionNum, num] = key.includes('/') ? key.split('/') : [undefined, key];
  const search = (blocks: Block[], section?: Section): { paragraph: Paragraph; siblings: Block[] } | undefined => {
    for (const block of blocks) {
      if (block.type === 'paragraph' && block.num === num && (sectionNum === undefined || section?.num === sectionNum)) {
        return { paragraph: block, siblings: blocks };
      }
      const children = block.type === 'section' ? block.children : block.type === 'paragraph' ? block.children ?? [] : [];
      const found = search(children, block.type === 'section' ? block : section);
      if (found) return found;
    }
    return undefined;
  };
  return search(annex.body);
}

/** Every reflowed text of the document, with the id of the node it sits in. */
function reflowedTexts(document: UnDocument): Array<{ id: string; text: string }> {
  const texts: Array<{ id: string; text: string }> = [];
  const addBlocks = (blocks: Block[]) => {
    for (const { block } of walk(blocks)) {
      if (block.type === 'paragraph') texts.push({ id: block.id, text: block.text });
      else if (block.type === 'section' && block.heading) texts.push(block.heading);
      else if (block.type === 'list') for (const item of block.items) texts.push({ id: item.id, text: item.text });
    }
  };
  document.header?.agendaTitles.forEach((title) => texts.push(title));
  texts.push(document.letter.title);
  addBlocks(document.letter.body);
  const signatures = (list: Signature[]) => {
    for (const signature of list) signature.roles.forEach((role, index) => texts.push({ id: `${signature.id}.roles.${index}`, text: role }));
  };
  signatures(document.letter.signatures);
  for (const annex of document.annexes) {
    texts.push(annex.heading);
    if (annex.title) texts.push(annex.title);
    if (annex.dateLine) texts.push(annex.dateLine);
    addBlocks(annex.body);
    addBlocks(annex.closing);
    signatures(annex.signatures);
  }
  return texts;
}

function allIds(document: UnDocument): string[] {
  const ids: string[] = [];
  const addBlocks = (blocks: Block[]) => {
    for (const { block } of walk(blocks)) {
      ids.push(block.id);
      if (block.type === 'section' && block.heading) ids.push(block.heading.id);
      if (block.type === 'list') ids.push(...block.items.map((item) => item.id));
    }
  };
  document.header?.agendaTitles.forEach((title) => ids.push(title.id));
  ids.push(document.letter.title.id, ...document.letter.signatures.map((signature) => signature.id));
  addBlocks(document.letter.body);
  for (const annex of document.annexes) {
    ids.push(annex.id, annex.heading.id, ...annex.signatures.map((signature) => signature.id));
    if (annex.title) ids.push(annex.title.id);
    if (annex.dateLine) ids.push(annex.dateLine.id);
    addBlocks(annex.body);
    addBlocks(annex.closing);
  }
  return ids;
}

/** Pairs of word parts around a hyphen at a line end in the input (`sud-` / `asiatique`). */
function lineEndHyphens(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const match of text.matchAll(/(\p{L}+)-[ \t]*\n\s*(\p{L}+)/gu)) pairs.push([match[1]!, match[2]!]);
  return pairs;
}

const cases = readdirSync(EXPECTED).filter((name) => name.endsWith('.json')).sort();

describe('segment: structure of each letter against hand-written expectations', () => {
  it('has expectations for the five seeds and the hand-written letters', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of cases) {
    const expected = JSON.parse(readFileSync(join(EXPECTED, name), 'utf8')) as Expected;
    describe(name.replace(/\.json$/, ''), async () => {
      const bytes = new Uint8Array(readFileSync(join(ROOT, expected.input)));
      const document = await processSource({ name: expected.input, bytes });

      it('reads the distribution header', () => {
        if (expected.header === null) {
          expect(document.header).toBeUndefined();
          return;
        }
        const header = document.header!;
        expect(header, 'header').toBeDefined();
        expect(header.organs.map(loose)).toEqual(expected.header.organs.map(loose));
        expectSame(header.session, expected.header.session, 'session');
        expect(header.sessionNumber ?? null).toBe(expected.header.sessionNumber);
        expectSame(header.year, expected.header.year, 'year');
        expect(header.agendaItems).toEqual(expected.header.agendaItems);
        expect(header.agendaTitles.length, 'number of agenda titles').toBe(expected.header.agendaTitleStarts.length);
        expected.header.agendaTitleStarts.forEach((start, index) => expectStart(header.agendaTitles[index]?.text, start, `agenda title ${index + 1}`));
      });

      it('reads the letter: title, kind, date, addressees, senders, body', () => {
        const letter = document.letter;
        expect(letter.kind).toBe(expected.letter.kind);
        expect(letter.date ?? null).toBe(expected.letter.date);
        expectStart(letter.title.text, expected.letter.titleStart, 'title');
        expect(letter.addressees.map(loose)).toEqual(expected.letter.addressees.map(loose));
        if (expected.letter.senderStart === null) expect(letter.senders).toEqual([]);
        else expectStart(letter.senders[0], expected.letter.senderStart, 'sender');
        expect(letter.body.length, 'number of body paragraphs').toBe(expected.letter.paragraphStarts.length);
        expected.letter.paragraphStarts.forEach((start, index) => {
          const block = letter.body[index]!;
          expect(block.type).toBe('paragraph');
          expectStart((block as Paragraph).text, start, `letter paragraph ${index + 1}`);
        });
      });

      it('reads the letter signatures', () => {
        expectSignatures(document.letter.signatures, expected.letter.signatures, 'letter signature');
      });

      it('reads the annexes', () => {
        expect(document.annexes.length).toBe(expected.annexes.length);
        expected.annexes.forEach((want, index) => {
          const annex = document.annexes[index]!;
          const what = `annex ${index + 1}`;
          if (want.headingExact) expectSame(annex.heading.text, want.headingStart, `${what} heading`);
          else expectStart(annex.heading.text, want.headingStart, `${what} heading`);
          expect(annex.originalLanguages.map(loose)).toEqual(want.originalLanguages.map(loose));
          if (want.titleStart === null) expect(annex.title).toBeUndefined();
          else expectStart(annex.title?.text, want.titleStart, `${what} title`);
          expectSame(annex.place, want.place, `${what} place`);
          expect(annex.date ?? null, `${what} date`).toBe(want.date);
          expectSame(annex.dateLine?.text, want.dateLine, `${what} date line`);

          const blocks = [...walk(annex.body)].map(({ block }) => block);
          const paragraphs = blocks.filter((block): block is Paragraph => block.type === 'paragraph');
          const counts: Record<string, number> = {};
          for (const paragraph of paragraphs) if (paragraph.numbering) counts[paragraph.numbering] = (counts[paragraph.numbering] ?? 0) + 1;
          expect(counts, `${what} numbered paragraphs`).toEqual(want.numbered);
          for (const [key, start] of Object.entries(want.paragraphStarts)) {
            expectStart(paragraphByKey(annex, key)?.paragraph.text, start, `${what} paragraph ${key}`);
          }
          const plain = paragraphs.filter((paragraph) => paragraph.num === undefined).map((paragraph) => paragraph.text);
          for (const start of want.plainParagraphStarts ?? []) {
            expect(plain.some((text) => loose(text).startsWith(loose(start))), `${what}: a plain paragraph starts "${start}"`).toBe(true);
          }
          for (const continuation of want.continuations ?? []) {
            // Unnumbered paragraphs that go on a numbered one are its following siblings.
            const found = paragraphByKey(annex, continuation.after)!;
            const position = found.siblings.indexOf(found.paragraph);
            continuation.starts.forEach((start, offset) => {
              const sibling = found.siblings[position + 1 + offset];
              expect(sibling?.type).toBe('paragraph');
              expect((sibling as Paragraph).num).toBeUndefined();
              expectStart((sibling as Paragraph).text, start, `${what} paragraph after ${continuation.after}`);
            });
          }
          const sections = blocks.filter((block): block is Section => block.type === 'section' && block.numbering !== 'alpha-parenthesis');
          expect(sections.map((section) => ({ num: section.num, heading: loose(section.heading?.text) })), `${what} sections`).toEqual(
            want.sections.map((section) => ({ num: section.num, heading: loose(section.heading) })),
          );
          const groups = [...walk(annex.body)].filter(({ block }) => block.type === 'section' && block.numbering === 'alpha-parenthesis');
          expect(
            groups.map(({ block, parent }) => ({ under: parent?.num, num: (block as Section).num, heading: loose((block as Section).heading?.text) })),
            `${what} lettered groups`,
          ).toEqual(want.groups.map((group) => ({ ...group, heading: loose(group.heading) })));
          const lists = blocks.filter((block) => block.type === 'list');
          expect(lists.map((list) => ({ marker: list.marker, items: list.items.length })), `${what} lists`).toEqual(
            want.lists.map((list) => ({ marker: list.marker, items: list.items })),
          );
          want.lists.forEach((list, position) => expectStart(lists[position]?.items[0]?.text, list.firstItemStart, `${what} list ${position + 1}`));
          expect(annex.closing.length, `${what} closing paragraphs`).toBe(want.closingStarts.length);
          want.closingStarts.forEach((start, position) => expectStart((annex.closing[position] as Paragraph).text, start, `${what} closing ${position + 1}`));
          expectSignatures(annex.signatures, want.signatures, `${what} signature`);
        });
      });

      it('leaves no newline, doubled space or split-word hyphen in reflowed text', () => {
        const texts = reflowedTexts(document);
        for (const { id, text } of texts) {
          expect(text, id).not.toMatch(/\n/);
          expect(text, id).not.toMatch(/ {2}/);
          expect(text, id).toBe(text.trim());
        }
        const all = texts.map((node) => node.text).join('\n');
        for (const [left, right] of lineEndHyphens(document.text)) {
          const hyphenated = `${left}-${right}`;
          if (expected.hyphens.kept.includes(hyphenated)) expect(all, hyphenated).toContain(hyphenated);
          else expect(all, `line-end hyphen in ${hyphenated} only split a word`).not.toContain(hyphenated);
        }
        for (const word of expected.hyphens.joined) expect(all).toContain(word);
      });

      it('gives every node a unique, non-empty id', () => {
        const ids = allIds(document);
        expect(ids.every((id) => id.length > 0)).toBe(true);
        expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
      });
    });
  }
});
