import { describe, expect, it } from 'vitest';
import { Lexicon, PackedWordSets, type LexiconEntries } from './packed-lexicon.ts';

/** A small lexicon built the way the builder fills its maps: forms in insertion order, groups by folded key. */
function entries(): LexiconEntries {
  const forms = new Map([
    ['été', 'été'],
    ['ete', 'ete'],
    ['paris', 'Paris'],
    ['général', 'général'],
    ['aujourd\'hui', 'aujourd\'hui'],
    ['programme', 'programme'],
  ]);
  const byKey = new Map([
    ['ete', ['été', 'ete']],
    ['paris', ['paris']],
    ['general', ['général']],
    ['aujourd\'hui', ['aujourd\'hui']],
    ['programme', ['programme']],
  ]);
  return { forms, byKey, ranks: new Map([['été', 40], ['le', 2], ['paris', 900]]), added: new Set(['programme']) };
}

describe('the packed lexicon', () => {
  const lexicon = Lexicon.unpack(Lexicon.pack(entries()))!;

  it('knows its forms in any case, and only its forms', () => {
    expect(lexicon.size).toBe(6);
    expect(lexicon.has('Été')).toBe(true);
    expect(lexicon.has('GÉNÉRAL')).toBe(true);
    expect(lexicon.has('general')).toBe(false);
    // Ranked by a frequency list but no form of the dictionary.
    expect(lexicon.has('le')).toBe(false);
    expect(lexicon.rank('le')).toBe(2);
  });

  it('reads a typographic apostrophe as the dictionary’s straight one', () => {
    expect(lexicon.has('aujourd’hui')).toBe(true);
  });

  it('tells proper nouns and forms added beside the dictionary', () => {
    expect(lexicon.isProperNoun('paris')).toBe(true);
    expect(lexicon.isProperNoun('été')).toBe(false);
    expect(lexicon.isDictionaryForm('programme')).toBe(false);
    expect(lexicon.isDictionaryForm('Général')).toBe(true);
  });

  it('finds the accented spellings of a word in the order the dictionary gave them', () => {
    expect(lexicon.sameKey('ETE')).toEqual(['été', 'ete']);
    expect(lexicon.withKey('general')).toEqual(['général']);
    expect(lexicon.hasKey('genera')).toBe(false);
    expect(lexicon.withKey('nowhere')).toEqual([]);
  });

  it('costs rare words more than frequent ones, and unranked forms most', () => {
    expect(lexicon.cost('été')).toBeLessThan(lexicon.cost('paris'));
    expect(lexicon.cost('programme')).toBe(19);
    expect(lexicon.rank('programme')).toBe(Infinity);
  });

  it('refuses a cache file cut short or of another format, so that it is built again', () => {
    const bytes = Lexicon.pack(entries());
    expect(Lexicon.unpack(bytes.subarray(0, bytes.length - 100))).toBeUndefined();
    expect(Lexicon.unpack(Buffer.from('{"format":"other"}\n'))).toBeUndefined();
    expect(Lexicon.unpack(Buffer.from('not a lexicon'))).toBeUndefined();
  });

  it('reads a copy that does not start on a 4-byte boundary', () => {
    const bytes = Lexicon.pack(entries());
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    expect(Lexicon.unpack(shifted.subarray(1))!.sameKey('ete')).toEqual(['été', 'ete']);
  });
});

describe('packed word sets (the French verb forms)', () => {
  const sets = PackedWordSets.unpack(PackedWordSets.pack([new Set(['aimer', 'être']), ['aimé', 'été'], ['aime', 'été', 'est']]))!;

  it('answers membership in each set, a word of several sets in each of them', () => {
    const [infinitives, participles, finite] = [sets.set(0), sets.set(1), sets.set(2)];
    expect(infinitives.has('être')).toBe(true);
    expect(infinitives.has('aime')).toBe(false);
    expect(participles.has('été')).toBe(true);
    expect(finite.has('été')).toBe(true);
    expect(finite.has('aimer')).toBe(false);
    expect(finite.has('chanter')).toBe(false);
    expect(sets.count).toBe(3);
  });

  it('refuses bytes cut short, so that they are built again', () => {
    const bytes = PackedWordSets.pack([['un', 'deux', 'trois']]);
    expect(PackedWordSets.unpack(bytes.subarray(0, bytes.length - 8))).toBeUndefined();
    expect(PackedWordSets.unpack(Buffer.from('not a set'))).toBeUndefined();
  });
});
