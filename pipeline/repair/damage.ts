/**
 * How damaged a text reads, per document, page and paragraph, measured on the text as extracted before any
 * repair. The repair's boldness follows it: a clean region gets only the fixes that cannot be wrong, a
 * damaged one the full set of rules.
 *
 * A sign of damage is a place that clean text does not show and extraction or OCR damage does:
 * - a lower-case word the lexicon does not know, written in the language's own letters, that a known
 *   accent, letter confusion, cut or join with its neighbour turns into known words (`problémes`,
 *   `Govemment`, `agai nst`, `dela`). Clean text has such words too (`inter alia`, a rare term), about
 *   one in a few hundred; damaged text one in ten or more. Capitalized words are not counted: names turn
 *   into dictionary words by one confusion too often (`Thom`, `Hari`);
 * - glyph noise: a bar, a registered or euro sign, a cent sign glued to letters (`|es`, `XXI®siécle`);
 * - a broken accent: a spacing accent or a combining mark standing beside a letter (`e´`, `´e`).
 */
import type { DamageRegion, TextDamage } from '../model/index.ts';
import { regularFormOf } from './inflections.ts';
import { foldKey } from './lexicon.ts';
import type { RepairData } from './resources.ts';
import { readingsByConfusion } from './tokens.ts';
import { partitionPoint } from '../offsets.ts';

/** Signs per word from which a region reads as damaged. */
export const DAMAGED_SCORE = 0.02;
/**
 * Distinct signs a page or paragraph needs besides the score: a paragraph of clean text may hold a rare
 * word or two, and must not be judged on them. The whole document needs one only.
 */
const REGION_SIGNS = 3;

const WORD = /[\p{L}\p{M}]+/gu;
const GLYPH_NOISE = /\p{L}[|®€¢¬]|[|®€¢¬]\p{L}/gu;
const BROKEN_ACCENT = /\p{L}[\u00b4\u00a8\u02c6\u02dc\u0060]|[\u00b4\u00a8\u02c6\u02dc\u0060]\p{L}|(?<![\p{L}])\p{M}/gu;

/** What decides the boldness of the repair at an offset of the text. */
export interface Boldness {
  /** Whether the full set of rules may run at this offset of the text being repaired. */
  boldAt(offset: number): boolean;
}

/** The full set of rules everywhere: what a pass run on its own (a test, a short string) gets. */
export const boldEverywhere: Boldness = { boldAt: () => true };

/** A sign of damage: where it is and what it reads (the word, lower case, or the noise). */
export interface Sign {
  offset: number;
  form: string;
}

/** Counts the signs of damage in a text (see the module comment); `signAt` receives each sign's offset. */
export function damageSigns(data: RepairData, text: string): { words: number[]; signs: Sign[] } {
  const { lexicon, language } = data;
  const native = new Set([...language.alphabet]);
  const words: number[] = [];
  const signs: Sign[] = [];
  const tokens = [...text.matchAll(WORD)];
  const known = (word: string): boolean => lexicon.has(word) || lexicon.hasKey(foldKey(word));
  const glueWords = new Set(language.glueWords);
  const prefixes = new Set(language.combiningPrefixes.map(foldKey));
  const shortReadings = new Set((language.context.shortReadings ?? []).map(([read]) => read));
  const regularForm = regularFormOf(data);
  tokens.forEach((match, index) => {
    const word = match[0];
    words.push(match.index);
    const after = text.slice(match.index + word.length, match.index + word.length + 2);
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    // `thc`, `tc`: a rare short word that is a frequent one misread (not `cf.`).
    if (shortReadings.has(word) && !/^\./u.test(after)) {
      signs.push({ offset: match.index, form: match[0].toLowerCase() });
      return;
    }
    if (word.length < 2 || lexicon.has(word) || regularForm(word)) return;
    const lower = word.toLowerCase();
    if ([...lower].some((letter) => !native.has(letter)) || data.names.has(word)) return;
    // A piece of a compound, an address or a symbol (`vis-à-vis`, `mis-`, `news/zayava`) is not judged alone.
    if (/^['’\-/.]/u.test(after) || /['’\-/.]$/u.test(before)) return;
    // `theUnited`, `ofCommerce`: a function word glued to the capitalized word after it.
    const inner = /^(\p{Ll}+)\p{Lu}\p{Ll}/u.exec(word);
    if (inner && glueWords.has(inner[1]!)) {
      signs.push({ offset: match.index, form: match[0].toLowerCase() });
      return;
    }
    if (word !== lower) {
      // A capitalized word: a sign only when one confusion or accent makes it a long dictionary word
      // (`Perrnanent`, `Etats`); names read as dictionary words by one confusion too (`Thom`), so they
      // are left out by their letters, the name tables and repetition, and short ones altogether.
      if (word.length < 5 || word.slice(1) !== word.slice(1).toLowerCase()) return;
      const readings = [...lexicon.sameKey(word), ...readingsByConfusion(lexicon, language.confusions, word).map((candidate) => candidate.form)];
      if (readings.some((form) => form.length >= 5 && lexicon.isDictionaryForm(form) && !lexicon.isProperNoun(form))) signs.push({ offset: match.index, form: match[0].toLowerCase() });
      return;
    }
    const next = tokens[index + 1];
    const previous = tokens[index - 1];
    const joins =
      (next && text.slice(match.index + word.length, next.index) === ' ' && known(word + next[0])) ||
      (previous && text.slice(previous.index + previous[0].length, match.index) === ' ' && known(previous[0] + word));
    if (joins || lexicon.sameKey(word).length > 0 || readingsByConfusion(lexicon, language.confusions, word).length > 0 || cutsIntoWords(data, word, prefixes)) {
      signs.push({ offset: match.index, form: match[0].toLowerCase() });
    }
  });
  for (const match of text.matchAll(GLYPH_NOISE)) signs.push({ offset: match.index, form: match[0].toLowerCase() });
  for (const match of text.matchAll(BROKEN_ACCENT)) signs.push({ offset: match.index, form: match[0].toLowerCase() });
  signs.sort((left, right) => left.offset - right.offset);
  return { words, signs };
}

/**
 * Whether a word is two known words glued, each of three letters or more or a function word (`ofthe`). A cut
 * right after a prefix the language glues on purpose (`anti`, Russian `не`, `миро`) is a compound, not a sign.
 */
function cutsIntoWords(data: RepairData, word: string, prefixes: ReadonlySet<string>): boolean {
  const glueWords = new Set(data.language.glueWords);
  for (let at = 1; at < word.length; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if ((head.length < 3 && !glueWords.has(head)) || (tail.length < 3 && !glueWords.has(tail))) continue;
    if (prefixes.has(foldKey(head))) continue;
    if (data.lexicon.has(head) && data.lexicon.has(tail)) return true;
  }
  return false;
}

/** Paragraphs: runs of lines between blank lines. */
function paragraphSpans(text: string): { offset: number; length: number }[] {
  const spans: { offset: number; length: number }[] = [];
  const blank = /\n[ \t\f]*\n/gu;
  let start = 0;
  for (const match of text.matchAll(blank)) {
    if (text.slice(start, match.index).trim()) spans.push({ offset: start, length: match.index - start });
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim()) spans.push({ offset: start, length: text.length - start });
  return spans;
}

const round = (value: number): number => Math.round(value * 10000) / 10000;

/**
 * Measures the damage of `text`. `pageOffsets` are the offsets where the document's pages start, when it
 * has pages; a paragraph is repaired boldly when it, its page or the whole document reads as damaged.
 */
export function measureDamage(data: RepairData, text: string, pageOffsets: readonly number[] = []): TextDamage {
  const { words, signs } = damageSigns(data, text);
  const firstAt = <T>(values: readonly T[], offset: number, at: (value: T) => number): number =>
    partitionPoint(values.length, (index) => at(values[index]!) < offset);
  const documentScore = signs.length / Math.max(1, words.length);
  const documentDamaged = signs.length >= 1 && documentScore >= DAMAGED_SCORE;
  const region = (kind: DamageRegion['kind'], offset: number, length: number, page?: number): DamageRegion => {
    const end = offset + length;
    const regionWords = firstAt(words, end, (value) => value) - firstAt(words, offset, (value) => value);
    // A region counts each form once: a term it repeats (`subprogramme`) is one sign, not many.
    const forms = new Set(signs.slice(firstAt(signs, offset, (sign) => sign.offset), firstAt(signs, end, (sign) => sign.offset)).map((sign) => sign.form));
    const score = forms.size / Math.max(1, regionWords);
    // Clean text may hold a passage in another language or a list of foreign terms: a paragraph reads as
    // damaged on its own only in a text that shows damage elsewhere too.
    const supported = kind === 'page' || documentScore >= DAMAGED_SCORE / 2;
    return {
      kind,
      ...(page === undefined ? {} : { page }),
      offset,
      length,
      words: regionWords,
      signs: forms.size,
      score: round(score),
      damaged: supported && forms.size >= REGION_SIGNS && score >= DAMAGED_SCORE,
    };
  };
  const pages = pageOffsets.map((offset, index) => region('page', offset, (pageOffsets[index + 1] ?? text.length) - offset, index + 1));
  const paragraphs = paragraphSpans(text).map((span) => region('paragraph', span.offset, span.length));
  return {
    words: words.length,
    signs: signs.length,
    score: round(documentScore),
    damaged: documentDamaged,
    regions: [...pages, ...paragraphs],
  };
}

/**
 * The boldness of a repair over the text it is given, from the damage measured on its raw text: full where
 * the document, the page or the paragraph reads as damaged, and on every page read by OCR (`ocrPages[i]`
 * for the page measured i-th), whose text holds OCR's confusions however few. The passes keep the
 * paragraphs (no pass adds or removes a blank line), so the n-th paragraph of the text a pass reads is the
 * n-th measured one.
 */
export function boldnessOf(damage: TextDamage, ocrPages: readonly boolean[] = []): (text: string) => Boldness {
  const paragraphs = damage.regions.filter((region) => region.kind === 'paragraph');
  const pages = damage.regions.filter((region) => region.kind === 'page');
  const bold = paragraphs.map(
    (paragraph) =>
      damage.damaged ||
      paragraph.damaged ||
      pages.some(
        (page, index) => (page.damaged || ocrPages[index] === true) && page.offset <= paragraph.offset && paragraph.offset < page.offset + page.length,
      ),
  );
  return (text: string): Boldness => {
    if (damage.damaged) return boldEverywhere;
    const spans = paragraphSpans(text);
    const ends = spans.map((span) => span.offset + span.length);
    return {
      boldAt(offset: number): boolean {
        // The first paragraph that ends at or after the offset (binary search: a long text has thousands).
        const first = partitionPoint(ends.length, (index) => ends[index]! < offset);
        const index = first < ends.length ? first : spans.length - 1;
        return bold[index] ?? false;
      },
    };
  };
}
