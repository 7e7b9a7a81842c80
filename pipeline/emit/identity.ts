/**
 * The archival identity of a letter, the same whatever file it came from (DESIGN, *Identity*): one Work per
 * letter, one Expression per language, one Manifestation per format.
 *
 * The Work IRI follows AKN4UN, `/akn/un/doc/communication/{actor}/{date}/{number}`. The number is the
 * document symbol when the letter states one; otherwise it is read off what every version of the letter
 * says alike, in any language and whether typed or scanned: the date and who sent it, as entity ids
 * (`state:KAZ`, `role:permanent-representative:KAZ`), which the tagger makes the same in every language.
 * Never the file's bytes or name. A letter with no date has `undated` where the date goes: no date is
 * made up.
 */
import { createHash } from 'node:crypto';
import type { Entity, LanguageCode, UnDocument } from '../model/index.ts';
import { languageResources } from '../lang/index.ts';
import { allAnnexes } from '../model/text-nodes.ts';

/** ISO 639-2 alpha-3, as `FRBRlanguage` wants it. */
export const AKN_LANGUAGE: Record<LanguageCode, string> = {
  ar: 'ara',
  en: 'eng',
  es: 'spa',
  fr: 'fra',
  ru: 'rus',
  zh: 'zho',
};

/** The organ a symbol belongs to, from its first part (`A/…` General Assembly, `S/…` Security Council). */
const SYMBOL_ACTORS: Record<string, string> = {
  A: 'un-ga',
  S: 'un-sc',
  E: 'un-ecosoc',
  T: 'un-tc',
  ST: 'un-secretariat',
};

/** What stands for the date in the IRI of a letter that states none. */
export const UNDATED = 'undated';

export interface DocumentIdentity {
  actor: string;
  /** The letter's date (else its first annex's), ISO; absent when the source holds none. */
  date?: string;
  /** `FRBRnumber`: the symbol with `/` → `-` and spaces → `_`, else the content key. */
  number: string;
  /** The symbol as written, when known. */
  symbol?: string;
  /** How the Work was identified. */
  basis: 'symbol' | 'content';
  /** The normalized content the Work IRI comes from when there is no symbol (date, senders). */
  contentKey?: string;
  /** This version's language, ISO 639-2 (`fra`). */
  language: string;
  /** Languages the letter's annexes say they were written in (`[Original: Russian]`), ISO 639-2. */
  originalLanguages: string[];
  workUri: string;
  expressionUri: string;
}

/** `A/66/569-S/2011/733` → `A-66-569-S-2011-733`. */
export function symbolNumber(symbol: string): string {
  return symbol.trim().replace(/\//g, '-').replace(/\s+/g, '_').replace(/[^\p{L}\p{N}._()-]/gu, '-');
}

/** A full calendar date `YYYY-MM-DD` that exists (what `xsd:date` accepts). */
export function isIsoDate(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The letter's date as the source states it: the letter's own, else the first annex's that has one. */
export function statedDate(document: UnDocument): string | undefined {
  return [document.letter.date, ...allAnnexes(document).map((annex) => annex.date)].find(isIsoDate);
}

export function documentIdentity(document: UnDocument): DocumentIdentity {
  const symbol = document.symbol?.trim() || undefined;
  const firstPart = symbol?.split('/')[0]?.toUpperCase() ?? '';
  const actor = SYMBOL_ACTORS[firstPart] ?? 'un';
  const date = statedDate(document);
  const contentKey = symbol ? undefined : documentContentKey(document, date);
  const number = symbol ? symbolNumber(symbol) : contentNumber(document, contentKey!);
  const language = AKN_LANGUAGE[document.lang];
  const workUri = `/akn/un/doc/communication/${actor}/${date ?? UNDATED}/${number}`;
  return {
    actor,
    ...(date ? { date } : {}),
    number,
    ...(symbol ? { symbol } : {}),
    basis: symbol ? 'symbol' : 'content',
    ...(contentKey ? { contentKey } : {}),
    language,
    originalLanguages: originalLanguages(document),
    workUri,
    expressionUri: expressionUri(workUri, language, date),
  };
}

/** Expression `…/{lang}@{date}` (`@` alone for an undated letter). */
export function expressionUri(workUri: string, language: string, date: string | undefined): string {
  return `${workUri}/${language}@${date ?? ''}`;
}

/**
 * Who sent the letter, as entity ids found within the senders' wording in the title: the States (from
 * State mentions and from the State a role belongs to, `role:permanent-representative:KAZ`), else the
 * roles, persons and organizations themselves. Sorted, so that word order does not matter.
 */
export function senderIds(document: UnDocument): string[] {
  const title = document.letter.title;
  const within: Entity[] = [];
  for (const sender of document.letter.senders) {
    const start = sender === '' ? -1 : title.text.indexOf(sender);
    if (start < 0) continue;
    const end = start + sender.length;
    for (const entity of document.entities) {
      if (entity.mentions.some((mention) => mention.nodeId === title.id && mention.field === undefined && mention.start >= start && mention.end <= end)) within.push(entity);
    }
  }
  const states = new Set<string>();
  for (const entity of within) {
    if (entity.type === 'state') states.add(entity.id);
    const owner = entity.type === 'role' ? /:([A-Z]{3})$/.exec(entity.id)?.[1] : undefined;
    if (owner) states.add(`state:${owner}`);
  }
  if (states.size > 0) return [...states].sort();
  return [...new Set(within.filter((entity) => ['role', 'person', 'organization'].includes(entity.type)).map((entity) => entity.id))].sort();
}

/** `date|kind|senders`: the same for every version of one letter. */
export function documentContentKey(document: UnDocument, date = statedDate(document)): string {
  return [date ?? UNDATED, document.letter.kind, senderIds(document).join('+')].join('|');
}

/**
 * The Work number of a letter without symbol: who sent it, readable (`KAZ`, `KAZ-KGZ`), then a short
 * digest of the whole key, so that two letters of one sender on one day (one to the Secretary-General,
 * identical ones to two Presidents) stay apart when their kinds differ.
 */
function contentNumber(document: UnDocument, key: string): string {
  const senders = senderIds(document).map((id) => id.split(':').slice(1).join('-'));
  const readable = senders.length > 0 ? senders.join('-').slice(0, 60) : 'letter';
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return `${readable.replace(/[^\p{L}\p{N}._-]+/gu, '-')}-${digest}`;
}

/** The annexes' `[Original: …]` languages as ISO 639-2 codes. */
export function originalLanguages(document: UnDocument): string[] {
  return [...new Set(allAnnexes(document).flatMap((annex) => originalLanguageCodes(document.lang, annex.originalLanguages)))].sort();
}

/** Languages as written in `[Original: …]` (`English and Russian`, `russe`) as ISO 639-2 codes, read with the names of the letter's language. */
export function originalLanguageCodes(lang: LanguageCode, written: readonly string[]): string[] {
  const names = languageResources(lang).edition.languageNames;
  const codes = new Set<string>();
  // Names are looked for inside the phrase, not word by word: Chinese writes no spaces (`俄文和英文`) and
  // Arabic joins the preposition to the name (`بالروسية`).
  for (const phrase of written) {
    const lower = phrase.toLowerCase();
    for (const [name, code] of Object.entries(names)) if (lower.includes(name)) codes.add(AKN_LANGUAGE[code]);
  }
  return [...codes];
}
