import { describe, expect, it } from 'vitest';
import type { UnDocument } from '../../pipeline/model/index.ts';
import { personKey } from '../../pipeline/entities/person-id.ts';
import { documentShape, entityIds, PARALLEL_LETTERS, runFixture } from './helpers.ts';

/** Distinct signatory names of a document, letter and annexes. */
function signatoryCount(document: UnDocument): number {
  const signatures = [...document.letter.signatures, ...document.annexes.flatMap((annex) => annex.signatures)];
  return new Set(signatures.map((signature) => signature.name).filter(Boolean)).size;
}

describe.each(PARALLEL_LETTERS)('letter $letter in French and in English', ({ fr, en }) => {
  it('is read in the language it is written in', async () => {
    expect((await runFixture(fr)).lang).toBe('fr');
    expect((await runFixture(en)).lang).toBe('en');
  });

  it('has the same structure: paragraphs, numbered paragraphs, sections, lists and items, signatures', async () => {
    const french = documentShape(await runFixture(fr));
    const english = documentShape(await runFixture(en));
    expect(english).toEqual(french);
    expect(french.annexes.length).toBeGreaterThan(0);
  });

  it('names the same states, by the same ids', async () => {
    const french = entityIds(await runFixture(fr), ['state']);
    const english = entityIds(await runFixture(en), ['state']);
    expect(french.length).toBeGreaterThan(0);
    expect(english).toEqual(french);
  });

  it('names the same organizations, by the same ids, organs outside the name tables included', async () => {
    // Organs recognized by the shape of their name (`Conseil des coordonnateurs nationaux`, `Council of
    // National Coordinators`) get ids made of language-neutral concept keys (pipeline/entities/organ-id.ts).
    const french = entityIds(await runFixture(fr), ['organization']);
    const english = entityIds(await runFixture(en), ['organization']);
    expect(french.length).toBeGreaterThan(0);
    expect(english).toEqual(french);
  });

  it('names the same persons: the same ids for names spelled alike, one key for names romanized differently', async () => {
    // `V. Poutine` and `V. Putin` keep the id of their own spelling; their key (pipeline/entities/person-id.ts) is one.
    const french = await runFixture(fr);
    const english = await runFixture(en);
    const keys = (document: UnDocument) => document.entities.filter((entity) => entity.type === 'person').map((entity) => personKey(entity.text)).sort();
    expect(keys(french).length).toBeGreaterThan(0);
    expect(keys(english)).toEqual(keys(french));
    const frenchIds = entityIds(french, ['person']);
    const sameSpelling = english.entities.filter((entity) => entity.type === 'person' && french.entities.some((other) => other.text === entity.text));
    expect(sameSpelling.length).toBeGreaterThan(0);
    for (const entity of sameSpelling) expect(frenchIds).toContain(entity.id);
  });

  it('knows every signatory as a person in both languages', async () => {
    for (const path of [fr, en]) {
      const document = await runFixture(path);
      expect([path, entityIds(document, ['person']).length]).toEqual([path, signatoryCount(document)]);
    }
  });
});
