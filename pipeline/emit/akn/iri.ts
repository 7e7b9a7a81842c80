/**
 * Akoma Ntoso IRIs for a letter, after AKN4UN:
 * Work `/akn/un/doc/communication/{actor}/{date}/{number}`, Expression `…/{lang}@{date}`,
 * Manifestation `…/{lang}@{date}.xml`; `!main` and `!annex_N` name the components.
 */
import type { LanguageCode, UnDocument } from '../../model/index.ts';
import { allAnnexes } from '../../model/text-nodes.ts';

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

/** A date the model does not give: kept visibly out of range rather than guessed. */
export const UNKNOWN_DATE = '0001-01-01';

export interface DocumentIris {
  actor: string;
  /** Work date: the letter's date, else the (first) annex's, else {@link UNKNOWN_DATE}. */
  date: string;
  dateKnown: boolean;
  /** `FRBRnumber`: the symbol with `/` → `-` and spaces → `_`, else the document id. */
  number: string;
  /** The symbol as written, when known. */
  symbol?: string;
  language: string;
  workUri: string;
  expressionUri: string;
  manifestationUri: string;
}

/** `A/66/569-S/2011/733` → `A-66-569-S-2011-733`. */
export function symbolNumber(symbol: string): string {
  return symbol.trim().replace(/\//g, '-').replace(/\s+/g, '_').replace(/[^\p{L}\p{N}._()-]/gu, '-');
}

export function documentIris(document: UnDocument): DocumentIris {
  const symbol = document.symbol?.trim() || undefined;
  const firstPart = symbol?.split('/')[0]?.toUpperCase() ?? '';
  const actor = SYMBOL_ACTORS[firstPart] ?? 'un';
  const known = [document.letter.date, ...allAnnexes(document).map((annex) => annex.date)].find(isIsoDate);
  const date = known ?? UNKNOWN_DATE;
  const number = symbol ? symbolNumber(symbol) : document.id;
  const language = AKN_LANGUAGE[document.lang];
  const workUri = `/akn/un/doc/communication/${actor}/${date}/${number}`;
  const expressionUri = `${workUri}/${language}@${date}`;
  return {
    actor,
    date,
    dateKnown: known !== undefined,
    number,
    ...(symbol ? { symbol } : {}),
    language,
    workUri,
    expressionUri,
    manifestationUri: `${expressionUri}.xml`,
  };
}

/** A full calendar date `YYYY-MM-DD` that exists (what `xsd:date` accepts). */
export function isIsoDate(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The slug of an ontology IRI: accents dropped, anything but letters, digits, `.`, `_`, `-` becomes `-`. */
export function slug(value: string): string {
  const cleaned = value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}._]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'unnamed' : cleaned;
}
