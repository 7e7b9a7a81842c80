import { describe, expect, it } from 'vitest';
import type { EntityType, UnDocument } from '../../pipeline/model/index.ts';
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

  it.each<EntityType>(['state', 'organization', 'person'])('names the same %s entities, by the same ids', async (type) => {
    const french = entityIds(await runFixture(fr), [type]);
    const english = entityIds(await runFixture(en), [type]);
    expect(french.length).toBeGreaterThan(0);
    expect({ onlyInEnglish: english.filter((id) => !french.includes(id)), onlyInFrench: french.filter((id) => !english.includes(id)) }).toEqual({
      onlyInEnglish: [],
      onlyInFrench: [],
    });
  });

  it('knows every signatory as a person in both languages', async () => {
    for (const path of [fr, en]) {
      const document = await runFixture(path);
      expect([path, entityIds(document, ['person']).length]).toEqual([path, signatoryCount(document)]);
    }
  });
});
