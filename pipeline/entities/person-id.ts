/**
 * A person's id is the plain transliteration of the name's Latin form (any-ascii, no spelling changed):
 * `António Guterres` is `person:antonio-guterres`, as a reader would write it. A name written in another
 * script (`Дани Данон`, `داني دانون`) takes the id of the same person's Latin spelling when the document
 * gives one; the romanization folds (pipeline/lang/names/romanization.ts) only decide that two spellings
 * are one person (`personKey`), they never make an id.
 */
import { ROMANIZATION_FOLDS, TRANSLITERATION_DROPS } from '../lang/names/romanization.ts';
import { slug } from './text.ts';

function foldPart(part: string): string {
  return ROMANIZATION_FOLDS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), part);
}

/** `person:<slug of the name>`; a name in another script goes through the standard transliteration. */
export function personId(name: string): string {
  return `person:${slug(name.replace(TRANSLITERATION_DROPS, ''))}`;
}

/**
 * What two spellings of one person share: the slug with each part brought to one romanization, so that
 * `V. Poutine` and `V. Putin`, `Франсиско Тропепи` and `Francisco Tropepi` have one key.
 */
export function personKey(name: string): string {
  return slug(name.replace(TRANSLITERATION_DROPS, '')).split('-').map(foldPart).join('-');
}

/** Whether a name is written in the Latin script (the form person ids are made of). */
function isLatin(name: string): boolean {
  return /\p{Script=Latin}/u.test(name) && !/[^\p{Script=Latin}\p{Script=Common}\p{M}]/u.test(name);
}

interface PersonMention {
  mention: { type: string; id: string; text: string; normalized: string };
}

/**
 * A person named in another script takes the id of the same person's Latin spelling in the document, found
 * by their shared key (`Дани Данон` in the text, `Danny Danon` on the signature line: `person:danny-danon`).
 */
export function joinSpellings<T extends PersonMention>(placed: T[]): T[] {
  const latinIds = new Map<string, Set<string>>();
  for (const { mention } of placed) {
    if (mention.type !== 'person' || !isLatin(mention.text)) continue;
    const key = personKey(mention.text);
    latinIds.set(key, new Set([...(latinIds.get(key) ?? []), mention.id]));
  }
  if (!latinIds.size) return placed;
  return placed.map((item) => {
    if (item.mention.type !== 'person' || isLatin(item.mention.text)) return item;
    const ids = latinIds.get(personKey(item.mention.text));
    // Two Latin persons with one key: the spelling cannot tell which, so the name keeps its own id.
    if (ids?.size !== 1) return item;
    const id = [...ids][0]!;
    return { ...item, mention: { ...item.mention, id, normalized: id.slice('person:'.length) } };
  });
}
