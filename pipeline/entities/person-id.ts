/**
 * A person's id, the same in every language: the slug of the name with each part brought to one
 * romanization (pipeline/lang/names/romanization.ts), so that `B. Eltsine` in a French letter and
 * `B. Yeltsin` in its English version are both `person:b-eltsin`. A name in another script goes through
 * the standard transliteration of any-ascii first: `Алмаз Токоев` and `Almaz Tokoev` are one person.
 */
import { ROMANIZATION_FOLDS, TRANSLITERATION_DROPS } from '../lang/names/romanization.ts';
import { slug } from './text.ts';

function foldPart(part: string): string {
  return ROMANIZATION_FOLDS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), part);
}

export function personId(name: string): string {
  return `person:${slug(name.replace(TRANSLITERATION_DROPS, '')).split('-').map(foldPart).join('-')}`;
}
