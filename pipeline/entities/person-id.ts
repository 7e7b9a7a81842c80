/**
 * A person's id is the plain transliteration of the name (any-ascii, no spelling changed): `António
 * Guterres` is `person:antonio-guterres`, as a reader would write it, and two people whose names differ
 * by one letter (`Maria Lopez`, `Mario Lopez`; `Mohamed Ali`, `Mahmoud Ali`) keep two ids. A name written in
 * another script takes the id of the same person's Latin spelling when the document gives one.
 *
 * What links one person across a letter's language versions, each processed alone, is the person's sound
 * key (`Entity.soundKey`): the consonants every UN script writes, by class (pipeline/lang/names/romanization.ts,
 * `NAME_SOUNDS`), from the name's parts as the script of the name gives them (`ScriptWords.personNameParts`
 * of the language that writes that script: Arabic, Chinese; any-ascii otherwise). `Sergiy Kyslytsya`,
 * `Сергий Кислица`, `سيرغي كيسليتسيا`, `谢尔盖·基斯利齐亚` all have the key `skksls`. It is a key for linking
 * the versions of one letter, not an identity: it drops vowels, so `Mohamed Ali` and `Mahmoud Ali` share
 * one, which is why it is not the id. The romanization folds (`personKey`) keep vowels: they tell two
 * spellings in one script apart or together more finely (`joinSpellings`).
 */
import { defaultLanguages } from '../lang/index.ts';
import { UN_OFFICIALS } from '../lang/names/un-officials.ts';
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

/** The name's slug through the standard transliteration, the letters it leaves out dropped first. */
function plainSlug(name: string): string {
  return slug(name.replace(TRANSLITERATION_DROPS, ''));
}

/** `person:<slug of the name>`; a name in another script goes through the standard transliteration. */
export function personId(name: string): string {
  return `person:${plainSlug(name)}`;
}

/** The sound key of a name (`skksls` for `Sergiy Kyslytsya` in any script); a name with no consonant keeps its slug. */
export function personSoundKey(name: string): string {
  // An initial is left out: the versions of a letter print a middle initial or leave it out (`Amina J. Mohammed`,
  // `Амина Мохаммед`), and a letter alone holds no consonant class.
  // An abbreviated middle name is an initial too (`Амина Дж. Мохаммед`).
  const unabbreviated = name.replace(/(?<![\p{L}\p{M}])\p{L}{1,3}\.(?=\s|[·‧・•]|$)/gu, ' ');
  return nameParts(unabbreviated).filter((part) => part.length > 1).map(soundSkeleton).join('') || plainSlug(name);
}

/**
 * What two spellings of one person share: the slug with each part brought to one romanization, so that
 * `V. Poutine` and `V. Putin`, `Франсиско Тропепи` and `Francisco Tropepi` have one key.
 */
export function personKey(name: string): string {
  return plainSlug(name).split('-').map(foldPart).join('-');
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
 * by their shared romanization key or, failing that, sound key (`Дани Данон` in the text, `Danny Danon` on the
 * signature line: `person:danny-danon`).
 */
export function joinSpellings<T extends PersonMention>(placed: T[]): T[] {
  const latinIds = new Map<string, Set<string>>();
  const latinSounds = new Map<string, Set<string>>();
  for (const { mention } of placed) {
    if (mention.type !== 'person' || !isLatin(mention.text)) continue;
    const key = personKey(mention.text);
    latinIds.set(key, new Set([...(latinIds.get(key) ?? []), mention.id]));
    const sound = personSoundKey(mention.text);
    latinSounds.set(sound, new Set([...(latinSounds.get(sound) ?? []), mention.id]));
  }
  if (!latinIds.size) return placed;
  return placed.map((item) => {
    if (item.mention.type !== 'person' || isLatin(item.mention.text)) return item;
    const byKey = latinIds.get(personKey(item.mention.text));
    // Two Latin persons with one key: the spelling cannot tell which, so the name keeps its own id.
    const ids = byKey?.size === 1 ? byKey : latinSounds.get(personSoundKey(item.mention.text));
    if (ids?.size !== 1) return item;
    const id = [...ids][0]!;
    return { ...item, mention: { ...item.mention, id } };
  });
}

/** A name as written, for comparing: marks, dots and spaces of one kind (`安东尼奥・古特雷斯` is `安东尼奥·古特雷斯`). */
function writtenForm(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s*[·‧・•]\s*/gu, '·').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * A sound key shorter than this names too many people to stand for one official (`nnkn` is Amina Mohammed and
 * any Amin Mohammed): such an entry is met by its written forms only.
 */
const OFFICIAL_SOUND_KEY_LENGTH = 5;

interface OfficialIndex {
  byForm: Map<string, string>;
  bySound: Map<string, Set<string>>;
}

let officials: OfficialIndex | undefined;

function officialIndex(): OfficialIndex {
  if (officials) return officials;
  officials = { byForm: new Map(), bySound: new Map() };
  for (const official of UN_OFFICIALS) {
    const id = personId(official.names.en[0]!);
    for (const form of Object.values(official.names).flat()) {
      officials.byForm.set(writtenForm(form), id);
      const sound = personSoundKey(form);
      if (sound.length >= OFFICIAL_SOUND_KEY_LENGTH) officials.bySound.set(sound, new Set([...(officials.bySound.get(sound) ?? []), id]));
    }
  }
  return officials;
}

/**
 * The id of the UN official a name is (pipeline/lang/names/un-officials.ts), if it is one: by a form the table
 * writes, or, for a name in another script than the Latin, by a sound key that only that official has (`Антониу
 * Гутерриш`, `أنطونيو غوتيريش` → `person:antonio-guterres`). A Latin spelling keeps its own id unless written
 * as the table writes it: a letter of difference there is another person (`Mario Lopez`).
 */
export function officialId(name: string): string | undefined {
  const index = officialIndex();
  const written = index.byForm.get(writtenForm(name));
  if (written || isLatin(name)) return written;
  const ids = index.bySound.get(personSoundKey(name));
  return ids?.size === 1 ? [...ids][0] : undefined;
}

/** Persons who are UN officials take the official's id, with every mention of theirs (`Гутерриш` after `Антониу Гутерриш`). */
export function joinOfficials<T extends PersonMention>(placed: T[]): T[] {
  const renamed = new Map<string, string | null>();
  for (const { mention } of placed) {
    if (mention.type !== 'person') continue;
    const id = officialId(mention.normalized) ?? officialId(mention.text);
    if (!id || id === mention.id) continue;
    const before = renamed.get(mention.id);
    // One person's mentions that name two officials: the name cannot tell which.
    renamed.set(mention.id, before === undefined || before === id ? id : null);
  }
  if (!renamed.size) return placed;
  return placed.map((item) => {
    const id = item.mention.type === 'person' ? renamed.get(item.mention.id) : undefined;
    return id ? { ...item, mention: { ...item.mention, id } } : item;
  });
}
