/**
 * Definitions a letter makes for itself: `Full Name (ACRONYM)` and `ACRONYM (Full Name)`. The long form is
 * found by the letters of the acronym (the Schwartz–Hearst alignment: each letter of the acronym, from
 * the last, is found in the words before the parenthesis, the first at the start of a word), widened to
 * the whole capitalized name when the alignment starts on a link word (`Instrument in Support of Trade
 * Exchanges (INSTEX)`) or fails on an acronym of another language (`… Stabilization Mission in the
 * Democratic Republic of the Congo (MONUSCO)`). What the definition names comes from the tables, else from
 * the head word of the long form (the language's organization and place heads; instruments, such as a plan
 * or a convention, name no entity): the letter's later mentions of either form are that entity.
 */
import instrumentsData from '../../lang/names/instruments.json' with { type: 'json' };
import type { LanguageCode } from '../../model/index.ts';
import type { EntityWords } from '../../lang/types.ts';
import type { LanguageGazetteer } from '../gazetteer.ts';
import { canonicalText, normalizeApostrophes, slug } from '../text.ts';

export interface Definition {
  /** The long form as printed (`Investigation and Identification Team`) and the acronym (`IIT`). */
  long: string;
  acronym: string;
  /** What both forms name: an entity, or an instrument (no entity, but its acronym prefixes its bodies' ids). */
  type: 'organization' | 'state' | 'location' | 'instrument';
  /** Entity id (`org:iit`, `state:COD`); for an instrument, the acronym's slug (`jcpoa`). */
  id: string;
}

/** An acronym: two or more capitals, digits allowed, a hyphen or `&` inside (`IIT`, `M23`, `FARC-EP`, `IsDB`). */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){1})(?=.*[\p{Lu}\d].*[\p{Lu}\d])[\p{Lu}\d][\p{Lu}\p{Ll}\d&.\-]{0,11}$/u;
const QUOTES = /^[“"‘«]\s*|\s*[”"’»]$/gu;

function isAcronym(text: string): boolean {
  // Roman numerals are sessions and chapters (`302 (IV)`), not acronyms.
  if (/^[IVXLC]+$/.test(text)) return false;
  return ACRONYM.test(text) && !/^\d+$/.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= (/\d/.test(text) ? 1 : 2);
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.\-]*/gu)].map((match) => ({ text: match[0].replace(/\.$/, ''), start: match.index, end: match.index + match[0].replace(/\.$/, '').length }));
}

/**
 * The Schwartz–Hearst alignment: the start (in `before`) of the shortest long form whose letters spell the
 * acronym, its first letter at the start of a word; undefined when the letters are not there in order.
 */
export function alignedStart(acronym: string, before: string, maxWords: number): number | undefined {
  const words = wordsOf(before);
  const windowStart = words.length > maxWords ? words[words.length - maxWords]!.start : 0;
  const letters = [...acronym.toLowerCase()].filter((character) => /[\p{L}\p{N}]/u.test(character));
  let position = before.length - 1;
  for (let index = letters.length - 1; index >= 0; index -= 1) {
    const letter = letters[index]!;
    for (;;) {
      if (position < windowStart) return undefined;
      const character = before[position]!.toLowerCase();
      const wordStart = position === 0 || !/[\p{L}\p{N}]/u.test(before[position - 1]!);
      if (character === letter && (index > 0 || wordStart)) break;
      position -= 1;
    }
    position -= 1;
  }
  const start = position + 1;
  return before.slice(0, start).search(/[\p{L}\p{N}]*$/u);
}

/**
 * The capitalized name that ends at the end of `before`: capitalized words and numbers, with the
 * language's link words between them (`Office of the High Commissioner for Human Rights`), leading links left out.
 */
export function nameBefore(before: string, words: EntityWords): number | undefined {
  const tokens = wordsOf(before);
  if (!tokens.length || tokens[tokens.length - 1]!.end !== before.trimEnd().length) return undefined;
  const links = new Set(words.nameLinkWords ?? []);
  let start: number | undefined;
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    // Words of one name are separated by spaces (or `, ` in a coordinated list: `Economics, Statistics and Markets`).
    const gap = next ? before.slice(token.end, next.start) : '';
    if (next && !/^(?:\s+|,\s+)$/u.test(gap)) break;
    // A comma joins capitalized words of a list inside the name, not a name to an apposition after it
    // (`KFOR, the European Union Rule of Law Mission in Kosovo (EULEX)`).
    if (next && gap.startsWith(',') && !/^[\p{Lu}\d]/u.test(next.text)) break;
    if (/^[\p{Lu}\d]/u.test(token.text)) start = token.start;
    else if (!links.has(token.text)) break;
  }
  if (start === undefined) return undefined;
  // A capitalized article or pronoun opening a sentence is not part of the name (`The Office of …`).
  const first = before.slice(start).match(/^[\p{L}]+/u)?.[0];
  if (first && words.nameStopWords.includes(first)) {
    const next = before.slice(start + first.length).match(/^\s+/);
    return next && start + first.length + next[0].length < before.length ? start + first.length + next[0].length : undefined;
  }
  return start;
}

/** First letters of the capitalized words of a name, lower case: `Investigation and Identification Team` → `iit`. */
function initials(name: string): string {
  return wordsOf(name)
    .filter((word) => /^[\p{Lu}\d]/u.test(word.text))
    .map((word) => (/^\d/.test(word.text) ? word.text : word.text[0]!.toLowerCase()))
    .join('');
}

/** The head word of a long form: the last word before its first link word, else its last word. */
export function headWord(long: string, words: EntityWords): string {
  const links = new Set(words.nameLinkWords ?? []);
  const tokens = wordsOf(long).map((token) => token.text);
  const firstLink = tokens.findIndex((token, index) => index > 0 && links.has(token));
  return tokens[(firstLink > 0 ? firstLink : tokens.length) - 1] ?? '';
}

/** What a long form names, by the tables, else by its words. */
function classify(long: string, acronym: string, words: EntityWords, names: LanguageGazetteer): Pick<Definition, 'type' | 'id'> | undefined {
  const known = names.entries.get(canonicalText(long));
  if (known) return { type: known.type, id: known.id };
  const head = headWord(long, words);
  // A hyphen joins words of a name, each of which may be its head (`Liberation Movement-North`).
  const tokens = wordsOf(long).flatMap((token) => token.text.split('-'));
  const acronymId = `org:${acronym.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
  if (words.instrumentHeads.includes(head)) return { type: 'instrument', id: acronymId.slice(4) };
  if ((words.placeHeads ?? []).includes(head)) return { type: 'location', id: `location:${slug(long)}` };
  // A head in lower case inside the name counts too, where a language capitalizes only a name's first word
  // (`Многонациональная миссия по поддержке безопасности`).
  const organizationHeads = new Set(words.organizationHeads.map((word) => word.toLowerCase()));
  if (tokens.some((token) => organizationHeads.has(token.toLowerCase()))) return { type: 'organization', id: acronymId };
  // A body's name transliterated from another language opens with its own word for a body (`Hay’at Tahrir al-Sham`).
  const bodyWords = new Set((words.transliteratedBodyWords ?? []).map(normalizeApostrophes));
  if (wordsOf(long).some((token) => bodyWords.has(normalizeApostrophes(token.text)))) return { type: 'organization', id: acronymId };
  return undefined;
}

/** First words of the organization names the tables give in a language (`بعثة`, `مكتب`, `لجنة`), cached per gazetteer. */
const headCache = new WeakMap<LanguageGazetteer, Set<string>>();

function tableHeads(names: LanguageGazetteer): Set<string> {
  let heads = headCache.get(names);
  if (!heads) {
    heads = new Set([...names.organizationNames.values()].flatMap((forms) => forms.map((form) => form.split(' ')[0]!)).filter((word) => word.length > 1));
    headCache.set(names, heads);
  }
  return heads;
}

/**
 * Where a name of a script without capitals ends at an acronym printed in Latin capitals (`القوات الديمقراطية
 * لتحرير رواندا (FDLR)`): it starts at the first word of its clause, among the last sixteen, that opens an
 * organization name of the tables (a proclitic of the language before it left out). Undefined in a cased
 * script, or when no such word is there.
 */
function caselessNameStart(before: string, words: EntityWords, names: LanguageGazetteer): number | undefined {
  const clauseStart = Math.max(0, before.length - 160, ...[...before.matchAll(/[.,;:!?،؛؟()\n]/gu)].map((mark) => mark.index + 1));
  const clause = before.slice(clauseStart);
  if (/[\p{Lu}\p{Ll}]/u.test(clause)) return undefined;
  const tokens = wordsOf(clause).slice(-16);
  const heads = tableHeads(names);
  const proclitics = ['', ...(words.wordJoining?.proclitics ?? [])];
  const article = words.wordJoining?.article;
  // A head the tables write without the article may stand with it (`البعثة`, the tables' `بعثة`).
  const isHead = (word: string) => heads.has(word) || (article !== undefined && word.startsWith(article) && heads.has(word.slice(article.length)));
  for (const token of tokens) {
    const proclitic = proclitics.find((mark) => token.text.startsWith(mark) && isHead(token.text.slice(mark.length)));
    if (proclitic !== undefined) return clauseStart + token.start + proclitic.length;
  }
  return undefined;
}

/** The definitions made in one text. */
export function findDefinitions(text: string, words: EntityWords, names: LanguageGazetteer): Definition[] {
  const found: Definition[] = [];
  for (const match of text.matchAll(/\(([^()]{1,80})\)/gu)) {
    const inside = match[1]!.trim().replace(QUOTES, '');
    const before = text.slice(0, match.index).replace(/\s+$/u, '');
    if (isAcronym(inside)) {
      const acronym = inside;
      const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').length;
      const aligned = alignedStart(acronym, before, Math.min(letters + 5, letters * 2));
      const named = nameBefore(before, words);
      let start: number | undefined;
      let caseless = false;
      // The capitalized name whose initials spell the acronym, when there is one (`Investigation and
      // Identification Team (IIT)`, where the letters alone would stop at `Identification`).
      if (named !== undefined && initials(before.slice(named)) === acronym.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()) start = named;
      else if (aligned !== undefined && /^[\p{Lu}\d]/u.test(before.slice(aligned))) start = aligned;
      // The alignment started on a link word inside the name: the name is the whole capitalized run.
      else if (aligned !== undefined && named !== undefined && named <= aligned) start = named;
      // An acronym of another language (`MONUSCO`) that the tables know: the capitalized run before it.
      else if (named !== undefined && names.entries.has(acronym)) start = named;
      // An acronym in Latin capitals that spells no word of the name is the English one, which UN texts in every
      // language keep (`Misión Multinacional de Apoyo a la Seguridad (MSS)`): the capitalized run before it, when
      // it names an organization by its head.
      else if (named !== undefined && /^[A-Z][A-Z\d-]+$/.test(acronym) && classify(before.slice(named), acronym, words, names)?.type === 'organization') start = named;
      // In a script without capitals, the name that opens with an organization's first word.
      else if (/^[A-Z][A-Z\d-]+$/.test(acronym)) {
        start = caselessNameStart(before, words, names);
        caseless = start !== undefined;
      }
      if (start === undefined) continue;
      const long = before.slice(start);
      const what = classify(long, acronym, words, names) ?? (caseless ? { type: 'organization' as const, id: `org:${acronym.toLowerCase()}` } : undefined);
      // An acronym the tables know names what they say; a long form that names something else was cut
      // wrong (`European Union Force in Bosnia and Herzegovina (EUFOR-Althea)` is no State).
      const known = names.entries.get(acronym);
      if (known && what && known.id !== what.id) continue;
      if (what) found.push({ long: canonicalText(long), acronym, ...what });
      continue;
    }
    // A short name blended from the first letters of the words of the name before it (`African Export-Import Bank
    // (Afreximbank)`, `International Criminal Police Organization (Interpol)`).
    if (/^\p{Lu}\p{Ll}{3,14}$/u.test(inside)) {
      const start = blendStart(inside, before, words);
      const what = start === undefined ? undefined : classify(before.slice(start), inside, words, names);
      if (start !== undefined && what) found.push({ long: canonicalText(before.slice(start)), acronym: inside, ...what });
      continue;
    }
    // `ACRONYM (Full Name)`.
    const acronymBefore = before.match(/(?<![\p{L}\p{N}])([\p{Lu}\d][\p{Lu}\p{Ll}\d&\-]{1,11})$/u)?.[1];
    if (!acronymBefore || !isAcronym(acronymBefore) || !/^[\p{Lu}]/u.test(inside)) continue;
    if (alignedStart(acronymBefore, inside, 12) !== 0) continue;
    const what = classify(inside, acronymBefore, words, names);
    if (what) found.push({ long: canonicalText(inside), acronym: acronymBefore, ...what });
  }
  found.push(...quotedNames(text, words));
  return found;
}

/**
 * Where the capitalized name before a blended short name starts: the short name, in lower case, is made of a
 * beginning of the name's first word, then beginnings of later words in order (words may be left out), two words
 * at least: `afr` + `ex` + `im` + `bank` in `African Export-Import Bank`. Undefined when it is not.
 */
function blendStart(short: string, before: string, words: EntityWords): number | undefined {
  const named = nameBefore(before, words);
  if (named === undefined) return undefined;
  const tokens = [...before.slice(named).matchAll(/\p{L}+/gu)].map((token) => ({ text: token[0].toLowerCase(), start: named + token.index, capital: /^\p{Lu}/u.test(token[0]) }));
  const target = short.toLowerCase();
  // Whether `target` from `from` is made of beginnings of the tokens from `index` on, using `used` tokens so far.
  const spells = (from: number, index: number, used: number): boolean => {
    if (from === target.length) return used >= 2;
    for (let next = index; next < tokens.length; next += 1) {
      const word = tokens[next]!.text;
      for (let length = Math.min(word.length, target.length - from); length >= 1; length -= 1) {
        if (word.slice(0, length) === target.slice(from, from + length) && spells(from + length, next + 1, used + 1)) return true;
      }
    }
    return false;
  };
  for (let first = 0; first < tokens.length; first += 1) {
    const token = tokens[first]!;
    if (!token.capital || token.text[0] !== target[0]) continue;
    for (let length = Math.min(token.text.length, target.length); length >= 1; length -= 1) {
      if (token.text.slice(0, length) === target.slice(0, length) && spells(length, first + 1, 1)) return token.start;
    }
  }
  return undefined;
}

/** A proper name in quotes, up to three capitalized words: `‘Artek’`, `“Red Crescent”`. */
const QUOTED_NAME = /[‘“«]\s*(\p{Lu}[\p{L}\p{M}\-]+(?:\s+\p{Lu}[\p{L}\p{M}\-]+){0,2})\s*[’”»]/gu;

/**
 * `International Children’s Centre ‘Artek’`: a body's name (its head one of the language's organization
 * heads) followed by its own name in quotes is one body, and the quoted name used alone is that body too.
 */
function quotedNames(text: string, words: EntityWords): Definition[] {
  const found: Definition[] = [];
  const heads = new Set(words.organizationHeads);
  for (const match of text.matchAll(QUOTED_NAME)) {
    const before = text.slice(0, match.index);
    if (!/\S\s$/u.test(before)) continue;
    const trimmed = before.trimEnd();
    const start = nameBefore(trimmed, words);
    if (start === undefined || !heads.has(headWord(trimmed.slice(start), words))) continue;
    const full = text.slice(start, match.index + match[0].length);
    found.push({ long: canonicalText(full), acronym: match[1]!, type: 'organization', id: `org:${slug(full)}` });
  }
  return found;
}

const instruments = (instrumentsData as { instruments: { acronym: string; names: Partial<Record<LanguageCode, string[]>> }[] }).instruments;

/**
 * The instruments of the name tables that a text names in full without defining their acronym (`… established by
 * the Joint Comprehensive Plan of Action`): defined as if the text did, so that their bodies take the acronym as
 * the prefix of their ids.
 */
export function knownInstruments(text: string, language: LanguageCode): Definition[] {
  const flat = text.replace(/\s+/g, ' ');
  return instruments.flatMap(({ acronym, names }) =>
    (names[language] ?? []).filter((name) => flat.includes(name)).map((name): Definition => ({ long: canonicalText(name), acronym, type: 'instrument', id: acronym.toLowerCase() })),
  );
}

/** A document's own names: every form a definition gives, with what it names. */
export type Lexicon = Map<string, Pick<Definition, 'type' | 'id'>>;

export function lexiconOf(definitions: readonly Definition[]): Lexicon {
  const lexicon: Lexicon = new Map();
  for (const definition of definitions) {
    const entry = { type: definition.type, id: definition.id };
    if (!lexicon.has(definition.acronym)) lexicon.set(definition.acronym, entry);
    if (!lexicon.has(definition.long)) lexicon.set(definition.long, entry);
  }
  return lexicon;
}
