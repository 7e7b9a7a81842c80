/**
 * UN references: document symbols (single and joint), resolutions and decisions of the principal organs,
 * and agenda items. A resolution's id is its official symbol: the organ is the one the words before it
 * name (`General Assembly resolution`, `the Assembly, in its resolution`), else the one its number's form
 * belongs to (`70/1` and `377 (V)` are the Assembly's, `1244 (1999)` the Security Council's, `2000/22` the
 * Economic and Social Council's).
 */
import type { EntityWords, ReferenceSeries } from '../../lang/types.ts';
import type { TextMention } from '../mention.ts';
import { alternation, LETTER_OR_DIGIT, nameBounds } from '../text.ts';

/**
 * Series that start UN document symbols, after the UN Dag Hammarskjöld Library's guide to document symbols
 * (research.un.org/en/docs/symbols): the principal organs (A/, S/, E/, ST/), the special series of
 * subsidiary and treaty bodies (TD/ UNCTAD, DP/ UNDP, UNEP/, UNW/ UN-Women, CD/ Conference on Disarmament,
 * FCCC/, ICCD/, SPLOS/, ISBA/, ITLOS/, the conferences of the disarmament treaties NPT/, BWC/, CCW/,
 * APLC/, ATT/), the human rights treaty bodies (CAT/, CCPR/, CED/, CEDAW/, CERD/, CMW/, CRC/, CRPD/,
 * HRI/) and the press releases (SG/SM/…, SC/, GA/, ECOSOC/, HR/, DC/, OBV/, IHA/, SAG/). HRC/ and PBC/
 * are read in letters that cite those bodies' documents so.
 */
const SYMBOL_SERIES = [
  'A', 'S', 'E', 'ST', 'TD', 'DP', 'UNEP', 'UNW', 'CD', 'FCCC', 'ICCD', 'SPLOS', 'ISBA', 'ITLOS', 'NPT', 'BWC', 'CCW', 'APLC', 'ATT',
  'CAT', 'CCPR', 'CED', 'CEDAW', 'CERD', 'CMW', 'CRC', 'CRPD', 'HRI', 'HRC', 'PBC', 'SG', 'SC', 'GA', 'ECOSOC', 'HR', 'DC', 'OBV', 'IHA', 'SAG',
];
/** A segment; `ES-10` and `S-27` are the Assembly's emergency and special sessions (`A/ES-10/1029`). */
const SEGMENT = '(?:(?:ES|S)-\\d{1,2}|[A-Z]{1,8}(?:\\.(?:\\d+|[IVX]+))?|\\d{1,5}(?:\\.\\d+)?|Add\\.\\d+|Rev\\.\\d+|Corr\\.\\d+)';
/** One symbol: a series and two or more segments (`A/79/13`), or one segment holding a number (`S/PV.9818`, `SC/15942`). */
const ONE_SYMBOL = `(?:${SYMBOL_SERIES.join('|')})(?:(?:/${SEGMENT}){2,6}|/[A-Z]{0,8}\\.?\\d{1,6})`;
/**
 * A joint symbol (`A/72/514-S/2017/846`) is joined by a hyphen or an en dash; a reissue's asterisk may stand
 * before the joint (`A/79/843*-S/2025/201`), and stays out of the id. Symbols are Latin in every
 * language: only a Latin letter or a digit glued to one makes it part of another token (Chinese
 * writes `文件S/2025/313号`).
 */
const SYMBOL = new RegExp(`(?<![\\p{Script=Latin}\\p{N}/])${ONE_SYMBOL}(?:\\*{0,2}[-–]${ONE_SYMBOL})?(?![\\p{Script=Latin}\\p{N}/]|\\.\\d)`, 'gu');

/**
 * The Council's documents are numbered `S/<year>/<number>` (since 1994) or `S/<number>`; a number then a year
 * (`S/2376/2025`) is another organization's series (the OPCW Technical Secretariat's notes), no UN symbol.
 */
const OTHER_ORGANIZATION_S_SERIES = /^S\/(?!(?:19|20)\d{2}\/)\d+\/(?:19|20)\d{2}$/u;

export function symbolId(symbol: string): string {
  return `ref:${symbol.replace(/\s+/g, '').replace(/\//g, '-')}`;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** `11 (1)`, a session printed in digits by mistake, is session I; a roman numeral stays as printed. */
function sessionNumeral(value: string): string {
  return /^\d+$/.test(value) ? (ROMAN[Number(value)] ?? value) : value;
}

/** One resolution or decision number as printed: `70/1`, `ES-10/24`, `2000/22`, `1244 (1999)`, `377 (V)`, `2735`. */
interface ParsedNumber {
  /** `70/1`, `ES-10/24`, `1244`. */
  number: string;
  /** The year in parentheses (`1999`), or the session (`V`). */
  year?: string;
  session?: string;
}

function parseNumber(printed: string): ParsedNumber {
  const match = printed.match(/^((?:ES-)?\d{1,4}(?:\/\d{1,4})?)(?:\s*\(([^)]+)\))?$/)!;
  const number = match[1]!;
  const inParentheses = match[2]?.trim();
  if (inParentheses === undefined) return { number };
  if (/^(?:19|20)\d{2}$/.test(inParentheses)) return { number, year: inParentheses };
  return { number, session: sessionNumeral(inParentheses) };
}

/**
 * The organ whose number this is, by its form: `ES-10/24`, `70/1`, `377 (V)` of the Assembly; `2000/22` (a
 * year, then a number) of the Economic and Social Council; a number with a year, or alone, of the Council.
 */
function seriesByForm(parsed: ParsedNumber): ReferenceSeries {
  if (parsed.number.startsWith('ES-')) return 'A';
  const slash = parsed.number.match(/^(\d+)\//);
  if (slash) return /^(?:19|20)\d{2}$/.test(slash[1]!) ? 'E' : 'A';
  if (parsed.session) return 'A';
  return 'S';
}

/**
 * The official symbol of a resolution (`RES`) or decision (`DEC`): `A/RES/70/1`, `A/RES/377(V)`,
 * `S/RES/1244(1999)`, `E/RES/2000/22`, `A/HRC/RES/52/3`, `A/DEC/49/426`. A Security Council number without
 * its year stays `S/RES/2735` until the document tells the year (see `completeResolutionYears`).
 */
export function resolutionSymbol(printed: string, kind: 'RES' | 'DEC' = 'RES', named?: ReferenceSeries): string {
  const parsed = parseNumber(printed.replace(/\s+/g, ' ').trim());
  const byForm = seriesByForm(parsed);
  // The words decide between organs whose numbers look alike; a form only one organ uses decides alone.
  let series = named ?? byForm;
  if (named === 'S' && byForm !== 'S') series = byForm;
  if ((named === 'A' || named === 'A/HRC') && byForm === 'E') series = byForm;
  if (named === 'E' && byForm === 'A' && !parsed.number.startsWith('ES-')) series = parsed.number.includes('/') ? 'E' : 'A';
  if (series === 'S') return `S/${kind}/${parsed.number}${parsed.year ? `(${parsed.year})` : ''}`;
  if (parsed.session) return `${series}/${kind}/${parsed.number}(${parsed.session})`;
  return `${series}/${kind}/${parsed.number}`;
}

interface ReferencePatterns {
  resolution: RegExp;
  decision: RegExp;
  agendaAfter: RegExp;
  agendaBefore: RegExp;
  /** `item 116 (c)` before `of the preliminary list`, which stays outside. */
  agendaListed: RegExp;
  /** Two or more numbers each with its year, with no word before them: a list of Council resolutions. */
  yearList: RegExp;
  item: RegExp;
  number: RegExp;
  organs: { series: ReferenceSeries; pattern: RegExp }[];
}

const patternCache = new WeakMap<EntityWords, ReferencePatterns>();

/** A resolution or decision number with what may follow it in parentheses: a year or a session. */
const NUMBER = '(?:ES-)?\\d{1,4}(?:/\\d{1,4})?(?:\\s*\\((?:(?:19|20)\\d{2}|[IVXL]{1,6}|\\d{1,2})\\))?';

function patterns(words: EntityWords): ReferencePatterns {
  const cached = patternCache.get(words);
  if (cached) return cached;
  const references = words.references;
  const bounds = nameBounds(words.wordJoining);
  // Words of a list stand between spaces, except in a language that writes none (`和` in Chinese).
  const space = words.wordJoining?.unspaced ? '\\s*' : '\\s+';
  const proclitics = words.wordJoining?.proclitics ?? [];
  // `, `, ` and `, and the serial comma before the last (`, and `).
  const wordJoiners = references.listJoiners.filter((joiner) => /\p{L}/u.test(joiner));
  const joiners = [
    // A proclitic joiner glues to the next number (Arabic `و1882`, also printed `و 1882`).
    ...references.listJoiners.map((joiner) => (/\p{L}/u.test(joiner) ? `${space}${joiner}${proclitics.includes(joiner) ? '\\s*' : space}` : `\\s*${joiner}\\s*`)),
    ...wordJoiners.map((joiner) => `\\s*,\\s*${joiner}${space}`),
  ]
    .sort((a, b) => b.length - a.length)
    .join('|');
  const list = `(${NUMBER}(?:(?:${joiners})${NUMBER})*)`;
  const frame = references.numberFrame;
  const numbered = (cues: readonly string[], after: readonly string[] | undefined) =>
    new RegExp(
      [
        `${bounds.before}(${cues.length ? alternation(cues) : '(?!)'})\\s+${list}(?![\\p{L}\\p{N}/])`,
        // `第1612(2005)号决议`: the numbers inside the word.
        ...(frame && after?.length ? [`(${alternation(frame.before)})\\s*${list}\\s*(?:${alternation(after)})`] : []),
      ].join('|'),
      'gu',
    );
  // Sub-items as French writes them (`40 d)`) and as English does (`40 (d)`).
  const letters = Object.keys(references.itemLetters ?? {});
  const item = `\\d{1,3}(?:\\s*\\(?(?:[a-z]${letters.length ? `|${alternation(letters)}` : ''})\\))?`;
  const items = `(${item}(?:(?:${joiners})${item})*)`;
  const withYear = '\\d{1,4}\\s*\\((?:19|20)\\d{2}\\)';
  const result: ReferencePatterns = {
    resolution: numbered(references.resolution, frame?.resolutionAfter),
    decision: numbered(references.decision ?? [], frame?.decisionAfter),
    agendaAfter: new RegExp(`${bounds.before}(${references.agendaItem.length ? alternation(references.agendaItem) : '(?!)'})${space}${items}${space}(?:${alternation(references.agendaOf)})${bounds.after}`, 'gu'),
    agendaBefore: new RegExp(`${bounds.before}(${references.agendaItemBefore?.length ? alternation(references.agendaItemBefore) : '(?!)'})${space}${items}(?![\\p{Script=Latin}\\p{N}])`, 'gu'),
    agendaListed: new RegExp(`${bounds.before}(${references.agendaItem.length ? alternation(references.agendaItem) : '(?!)'})${space}${items}(?=${space}(?:${references.agendaListAfter?.length ? alternation(references.agendaListAfter) : '(?!)'})${bounds.after})`, 'gu'),
    yearList: new RegExp(`(?<![\\p{L}\\p{N}/])${withYear}(?:(?:${joiners})${withYear})+(?![\\p{L}\\p{N}/])`, 'gu'),
    item: new RegExp(item, 'gu'),
    number: new RegExp(NUMBER, 'gu'),
    organs: (references.organs ?? []).map(({ series, forms }) => ({ series, pattern: new RegExp(`${bounds.before}(?:${alternation(forms)})${bounds.after}`, 'gu') })),
  };
  patternCache.set(words, result);
  return result;
}

/**
 * The organ named before a resolution in the same sentence (`Security Council resolution`, `the General
 * Assembly, on 18 September 2024, adopted resolution`): the nearest one, unless another resolution or
 * decision stands between them (`Council resolution 5/1 is cited, as is resolution 65/12`: the second
 * is read by its form).
 */
function namedOrgan(text: string, at: number, organs: ReferencePatterns['organs'], cues: RegExp[]): ReferenceSeries | undefined {
  const sentenceStart = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at), at - 160, 0);
  const before = text.slice(sentenceStart, at);
  let nearest: { series: ReferenceSeries; end: number } | undefined;
  for (const { series, pattern } of organs) {
    for (const match of before.matchAll(pattern)) {
      const end = match.index + match[0].length;
      // The longer name wins at the same end (`Economic and Social Council` over `Council`).
      if (!nearest || end > nearest.end) nearest = { series, end };
    }
  }
  if (!nearest) return undefined;
  const between = before.slice(nearest.end);
  if (cues.some((cue) => new RegExp(cue.source, 'u').test(between))) return undefined;
  return nearest.series;
}

/** An item's id key: its number and the Latin letter of its sub-item (`65 (أ)` → `65a`). */
function itemKey(item: string, letters: Readonly<Record<string, string>> = {}): string {
  const key = item.replace(/[\s()]/g, '');
  const number = key.match(/^\d+/)![0];
  const letter = key.slice(number.length);
  return number + (letters[letter] ?? letter);
}

function agendaItemMention(text: string, start: number, end: number, letters?: Readonly<Record<string, string>>): TextMention {
  const number = text.slice(start, end);
  const key = itemKey(number, letters);
  return { type: 'reference', start, end, text: number, id: `ref:agenda-item-${key}`, normalized: `agenda-item-${key}` };
}

function numberedReferences(text: string, pattern: RegExp, kind: 'RES' | 'DEC', found: TextMention[], refs: ReferencePatterns): void {
  for (const match of text.matchAll(pattern)) {
    // The word then its numbers (groups 1 and 2), or the numbers inside the word (3 and 4).
    const list = match[2] ?? match[4]!;
    const listStart = match.index + match[0].indexOf(list, (match[1] ?? match[3]!).length);
    const numbers = [...list.matchAll(refs.number)];
    const named = namedOrgan(text, match.index, refs.organs, [refs.resolution, refs.decision]);
    const mention = (start: number, end: number, printed: string): TextMention => {
      const symbol = resolutionSymbol(printed, kind, named);
      return { type: 'reference', start, end, text: text.slice(start, end), id: symbolId(symbol), normalized: symbol };
    };
    // Decisions of the principal organs are numbered session/number or year/number (`49/426`,
    // `2024/301`); other numbers are decisions of other bodies (`decision 5(LX)` of a council).
    if (kind === 'DEC' && numbers.some((number) => !number[0].includes('/'))) continue;
    if (numbers.length === 1) {
      // A single resolution: the word and its number with its year or session (`resolution 2231 (2015)`).
      found.push(mention(match.index, match.index + match[0].length, numbers[0]![0]));
      continue;
    }
    for (const number of numbers) found.push(mention(listStart + number.index, listStart + number.index + number[0].length, number[0]));
  }
}

export function findReferences(text: string, words: EntityWords): TextMention[] {
  const found: TextMention[] = [];
  for (const match of text.matchAll(SYMBOL)) {
    if (OTHER_ORGANIZATION_S_SERIES.test(match[0])) continue;
    const normalized = match[0].replace(/–/g, '-').replace(/\*/g, '');
    found.push({ type: 'reference', start: match.index, end: match.index + match[0].length, text: match[0], id: symbolId(normalized), normalized });
  }
  const refs = patterns(words);
  numberedReferences(text, refs.resolution, 'RES', found, refs);
  numberedReferences(text, refs.decision, 'DEC', found, refs);
  // A list of numbers with their years where no word names them (a signature's line after `pursuant to
  // resolutions`, which ends the line before) is a list of Council resolutions: no date has that form.
  for (const match of text.matchAll(refs.yearList)) {
    if (found.some((other) => other.start < match.index + match[0].length && match.index < other.end)) continue;
    for (const number of match[0].matchAll(refs.number)) {
      const start = match.index + number.index;
      const symbol = resolutionSymbol(number[0], 'RES');
      found.push({ type: 'reference', start, end: start + number[0].length, text: number[0], id: symbolId(symbol), normalized: symbol });
    }
  }
  for (const agenda of [refs.agendaAfter, refs.agendaBefore, refs.agendaListed]) {
    for (const match of text.matchAll(agenda)) {
      const listStart = match.index + match[0].indexOf(match[2]!, match[1]!.length);
      const items = [...match[2]!.matchAll(refs.item)];
      if (items.length === 1) {
        // A single item is the whole phrase (`agenda item 20 (g)`, `point 38 de l’ordre du jour`).
        const key = itemKey(items[0]![0], words.references.itemLetters);
        const end = match.index + match[0].length;
        found.push({ type: 'reference', start: match.index, end, text: text.slice(match.index, end), id: `ref:agenda-item-${key}`, normalized: `agenda-item-${key}` });
        continue;
      }
      for (const one of items) found.push(agendaItemMention(text, listStart + one.index, listStart + one.index + one[0].length, words.references.itemLetters));
    }
  }
  return found;
}

/**
 * A Security Council resolution printed without its year (`Resolution 2735`) takes the year the same
 * document gives it elsewhere (`resolution 2735 (2024)`).
 */
export function completeResolutionYears<T extends { id: string; normalized: string; type: string }>(mentions: T[]): T[] {
  const years = new Map<string, string>();
  for (const mention of mentions) {
    const withYear = mention.type === 'reference' && mention.normalized.match(/^S\/RES\/(\d+)\((\d{4})\)$/);
    if (withYear) years.set(withYear[1]!, withYear[2]!);
  }
  return mentions.map((mention) => {
    const bare = mention.type === 'reference' && mention.normalized.match(/^S\/RES\/(\d+)$/);
    const year = bare ? years.get(bare[1]!) : undefined;
    if (!year) return mention;
    const normalized = `${mention.normalized}(${year})`;
    return { ...mention, normalized, id: symbolId(normalized) };
  });
}
