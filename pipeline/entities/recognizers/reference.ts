/** UN document symbols, resolutions and agenda items. */
import type { EntityWords } from '../../lang/types.ts';
import type { TextMention } from '../mention.ts';
import { alternation, LETTER_OR_DIGIT } from '../text.ts';

/** Series that start UN document symbols (A/…, S/…, E/…, ST/…, and treaty bodies). */
const SYMBOL_SERIES = ['A', 'S', 'E', 'ST', 'TD', 'DP', 'UNEP', 'HRC', 'CRC', 'CCPR', 'CEDAW', 'CERD', 'CAT', 'SG', 'PBC'];
const SEGMENT = '(?:[A-Z]{1,8}(?:\\.\\d+)?|\\d{1,5}(?:\\.\\d+)?|Add\\.\\d+|Rev\\.\\d+|Corr\\.\\d+)';
const ONE_SYMBOL = `(?:${SYMBOL_SERIES.join('|')})(?:/${SEGMENT}){2,6}`;
const SYMBOL = new RegExp(`(?<![\\p{L}\\p{N}/])${ONE_SYMBOL}(?:-${ONE_SYMBOL})?(?![\\p{L}\\p{N}/])`, 'gu');

export function symbolId(symbol: string): string {
  return `ref:${symbol.replace(/\//g, '-')}`;
}

/** `62/17` is a General Assembly resolution; a bare number is a Security Council one. */
export function resolutionSymbol(number: string): string {
  return number.includes('/') ? `A/RES/${number}` : `S/RES/${number}`;
}

const patternCache = new WeakMap<EntityWords, { resolution: RegExp; agenda: RegExp; item: RegExp }>();

function patterns(words: EntityWords) {
  const cached = patternCache.get(words);
  if (cached) return cached;
  const joiners = words.references.listJoiners.map((joiner) => (/\p{L}/u.test(joiner) ? `\\s+${joiner}\\s+` : `\\s*${joiner}\\s*`)).join('|');
  const resolutionNumber = '\\d{1,3}/\\d{1,4}|\\d{1,4}';
  const year = '(?:\\s*\\(\\d{4}\\))?';
  const resolution = new RegExp(
    `(?<!${LETTER_OR_DIGIT})(${alternation(words.references.resolution)})\\s+((?:${resolutionNumber})${year}(?:(?:${joiners})(?:${resolutionNumber})${year})*)(?![\\p{L}\\p{N}/])`,
    'gu',
  );
  // Sub-items as French writes them (`40 d)`) and as English does (`40 (d)`).
  const item = '\\d{1,3}(?:\\s*\\(?[a-z]\\))?';
  const agenda = new RegExp(
    `(?<!${LETTER_OR_DIGIT})(${alternation(words.references.agendaItem)})\\s+(${item}(?:(?:${joiners})${item})*)\\s+(?:${alternation(words.references.agendaOf)})(?!${LETTER_OR_DIGIT})`,
    'gu',
  );
  const result = { resolution, agenda, item: new RegExp(item, 'gu') };
  patternCache.set(words, result);
  return result;
}

function agendaItemMention(text: string, start: number, end: number): TextMention {
  const number = text.slice(start, end);
  const key = number.replace(/[\s()]/g, '');
  return { type: 'reference', start, end, text: number, id: `ref:agenda-item-${key}`, normalized: `agenda-item-${key}` };
}

export function findReferences(text: string, words: EntityWords): TextMention[] {
  const found: TextMention[] = [];
  for (const match of text.matchAll(SYMBOL)) {
    found.push({ type: 'reference', start: match.index, end: match.index + match[0].length, text: match[0], id: symbolId(match[0]), normalized: match[0] });
  }
  const { resolution, agenda, item } = patterns(words);
  for (const match of text.matchAll(resolution)) {
    const listStart = match.index + match[0].indexOf(match[2]!, match[1]!.length);
    const numbers = [...match[2]!.matchAll(/(?<![\d(/])(\d{1,3}\/\d{1,4}|\d{1,4})(?![\d)/])/g)];
    if (numbers.length === 1) {
      // A single resolution: the word and its number (`résolution 62/17`), not the year after it.
      const number = numbers[0]!;
      const end = listStart + number.index + number[0].length;
      const symbol = resolutionSymbol(number[0]);
      found.push({ type: 'reference', start: match.index, end, text: text.slice(match.index, end), id: symbolId(symbol), normalized: symbol });
      continue;
    }
    for (const number of numbers) {
      const symbol = resolutionSymbol(number[0]);
      const start = listStart + number.index;
      found.push({ type: 'reference', start, end: start + number[0].length, text: number[0], id: symbolId(symbol), normalized: symbol });
    }
  }
  for (const match of text.matchAll(agenda)) {
    const listStart = match.index + match[0].indexOf(match[2]!, match[1]!.length);
    const items = [...match[2]!.matchAll(item)];
    if (items.length === 1) {
      const key = items[0]![0].replace(/[\s()]/g, '');
      found.push({ type: 'reference', start: match.index, end: match.index + match[0].length, text: match[0], id: `ref:agenda-item-${key}`, normalized: `agenda-item-${key}` });
      continue;
    }
    for (const one of items) found.push(agendaItemMention(text, listStart + one.index, listStart + one.index + one[0].length));
  }
  return found;
}
