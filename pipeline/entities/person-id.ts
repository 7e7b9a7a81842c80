/**
 * A person's id is the sound skeleton of the name (`person:ntnktls` for `António Guterres`): the consonants
 * that every UN script writes, by class (pipeline/lang/names/romanization.ts, `NAME_SOUNDS`), from the
 * name's parts as the script of the name gives them (`ScriptWords.personNameParts` of the language that
 * writes that script: Arabic, Chinese; any-ascii otherwise). It is made from the name alone, so that one
 * person has one id in every language a document is written in, with no other version at hand: `Sergiy
 * Kyslytsya`, `Сергий Кислица`, `سيرغي كيسليتسيا`, `谢尔盖·基斯利齐亚` are all `person:skksls`. Part
 * boundaries are left out, as scripts draw them apart (`al-Shaibani`, `الشيباني`; `Fu Cong`, `傅聪`).
 * The readable name stays in the entity's text and normalized form. The romanization folds (`personKey`)
 * keep vowels: they tell two spellings in one script apart or together more finely (`joinSpellings`).
 */
import { defaultLanguages } from '../lang/index.ts';
import { latinNameParts, NAME_SOUNDS, ROMANIZATION_FOLDS, TRANSLITERATION_DROPS } from '../lang/names/romanization.ts';
import { slug } from './text.ts';

function foldPart(part: string): string {
  return ROMANIZATION_FOLDS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), part);
}

/** The parts of a name by the rule of the language that writes its script; Latin (and Cyrillic) by default. */
function nameParts(name: string): string[] {
  for (const code of defaultLanguages.codes) {
    const script = defaultLanguages.get(code)?.script;
    if (script?.personNameParts && new RegExp(`\\p{Script=${script.name}}`, 'u').test(name)) return script.personNameParts(name);
  }
  return latinNameParts(name);
}

/** The consonant classes of a name's part (`kyslytsya` → `ksls`). */
export function soundSkeleton(part: string): string {
  return NAME_SOUNDS.reduce((skeleton, [pattern, replacement]) => skeleton.replace(pattern, replacement), part);
}

/** `person:<sound skeleton of the name>`; a name with no consonant at all keeps its plain slug. */
export function personId(name: string): string {
  const skeleton = nameParts(name).map(soundSkeleton).join('');
  return `person:${skeleton || slug(name.replace(TRANSLITERATION_DROPS, ''))}`;
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
 * by their shared key (`Дани Данон` in the text, `Danny Danon` on the signature line: the Latin id).
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
    return { ...item, mention: { ...item.mention, id } };
  });
}
