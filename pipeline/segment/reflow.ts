/**
 * Joins wrapped lines into running text: one space between lines, none after an elided word's apostrophe, and a line-end
 * hyphen kept only where the word is really hyphenated (`sud-asiatique`, `Organisation-Afghanistan`), not
 * where it only split a word across lines.
 */
import type { SegmentationCues } from './cues.ts';

/** First letter or digit of a text, skipping quotes, brackets and list marks. */
function firstSignificant(text: string): string | undefined {
  return /[\p{L}\p{N}]/u.exec(text)?.[0];
}

export function startsUpper(text: string): boolean {
  const first = firstSignificant(text);
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

export function startsLower(text: string): boolean {
  const first = firstSignificant(text);
  return first !== undefined && first !== first.toUpperCase();
}

/**
 * Whether a text starts with a letter of a script without capitals (Arabic, Chinese): its first letter says
 * nothing of whether it starts a sentence, so the line before decides.
 */
export function startsCaseless(text: string): boolean {
  const first = firstSignificant(text);
  return first !== undefined && /\p{L}/u.test(first) && first.toLowerCase() === first.toUpperCase();
}

/** Whether the last letter of a text is of a script without capitals. */
export function endsCaseless(text: string): boolean {
  const last = /\p{L}(?=[^\p{L}]*$)/u.exec(text)?.[0];
  return last !== undefined && last.toLowerCase() === last.toUpperCase();
}

/** Scripts written without spaces between words, and their punctuation: no space is added at a line join. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2014\u2026\u00b7]/u;

/**
 * Sentence ends of every script: Latin and Arabic (`؟`, `؛`) marks, CJK full stops and their full-width forms,
 * with the closing quotes and brackets and a starred footnote call (`(see enclosure).*`) after them.
 */
const SENTENCE_END = /[.:;!?…。；：！？؟؛][»”"’“)\]）」』》]*\**$/u;

/** Collapses runs of spaces; keeps no-break spaces (typography) but drops spaces around them. */
export function normalizeSpaces(text: string): string {
  return text
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ ?([\u00a0\u202f]) ?/g, '$1')
    .trim();
}

/** The last word is a web address (`https://…`, `www.…`) that ends in a hyphen. */
const WEB_ADDRESS_ENDING_IN_HYPHEN = /(?:^|\s)(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S*-$/iu;

/**
 * `/([\p{L}]+)-$/u.exec(text)`, the word before a line-end hyphen, tried on the end of the text first: the
 * match there is the match in the whole text unless its letters reach the start of that end.
 */
function lineEndHyphen(text: string): RegExpExecArray | null {
  const pattern = /([\p{L}]+)-$/u;
  const tailStart = Math.max(0, text.length - 200);
  if (tailStart > 0) {
    const match = pattern.exec(text.slice(tailStart));
    if (match === null || match.index > 1) return match;
  }
  return pattern.exec(text);
}

export class Reflower {
  private documentWords: Set<string>;
  private hyphenatedForms: Set<string>;
  /** The footnotes printed at the foot of the pages, as `<page>:<mark>` (filled once they are taken out of the flow). */
  readonly footnoteMarks = new Set<string>();

  /**
   * `elisions`: the words the language writes elided before the next word (`l’`, `jusqu’`, from its lexicon data). When
   * given, an apostrophe ending a line after another word closes a quotation or a plural's possessive (`institutions’`),
   * and a space follows it; when not, every apostrophe at a line end joins the next line.
   */
  constructor(
    readonly cues: SegmentationCues,
    text: string,
    private readonly elisions?: readonly string[],
  ) {
    // Words written whole somewhere in the document are the best evidence for joining a split word.
    this.documentWords = new Set(text.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []);
    this.hyphenatedForms = new Set([...this.documentWords].filter((word) => word.includes('-')));
  }

  /** Whether a line ends a sentence (or a list item, or a heading that introduces items). */
  endsSentence(text: string): boolean {
    const trimmed = text.trimEnd();
    if (!SENTENCE_END.test(trimmed)) return false;
    const lastWord = trimmed.split(/\s+/).pop() ?? '';
    return !this.cues.abbreviations.some((abbreviation) => abbreviation.toLowerCase() === lastWord.toLowerCase());
  }

  /** The lines joined into one reflowed text: no newline, no doubled space, no split-word hyphen. */
  join(lines: readonly string[]): string {
    let result = '';
    for (const raw of lines) {
      const line = normalizeSpaces(raw);
      if (!line) continue;
      if (!result) {
        result = line;
        continue;
      }
      result = this.append(result, line);
    }
    return normalizeSpaces(result);
  }

  private append(before: string, line: string): string {
    if (/[’']$/u.test(before) && this.joinsAfterApostrophe(before, line)) return before + line;
    // A word broken after a hyphen before a number (`C-SS-` then `4/DEC.3`, `COVID-` then `19`): the hyphen is the
    // code's or the compound's own, and no space follows it.
    if (/[\p{L}\p{N}]-$/u.test(before) && /^\p{N}/u.test(line)) return before + line;
    // A web address broken after one of its own hyphens: the hyphen is part of the address, not a word split.
    // Both patterns below end in a hyphen: tried only on text that ends in one. V8 tries a pattern anchored at
    // the end from every position of the text, and `before` is the paragraph so far (quadratic in its lines).
    if (before.endsWith('-') && WEB_ADDRESS_ENDING_IN_HYPHEN.test(before)) return before + line;
    const hyphen = before.endsWith('-') ? lineEndHyphen(before) : null;
    if (hyphen && /^[\p{L}]/u.test(line)) {
      const left = hyphen[1]!;
      const right = /^[\p{L}]+/u.exec(line)![0];
      return this.keepHyphen(left, right) ? before + line : before.slice(0, -1) + line;
    }
    if (UNSPACED.test(before.at(-1) ?? '') || UNSPACED.test(line[0] ?? '')) return before + line;
    return `${before} ${line}`;
  }

  /**
   * Whether the line goes on right after the apostrophe ending `before`, with no space: after an elided word of the
   * language (`l’` then `Organisation`), or before the rest of a clitic (`State’` then `s`).
   */
  private joinsAfterApostrophe(before: string, line: string): boolean {
    if (this.elisions === undefined) return true;
    if (/^\p{Ll}{1,2}(?!\p{L})/u.test(line)) return true;
    const word = /(\p{L}+)[’']$/u.exec(before)?.[1];
    return word === undefined || this.elisions.includes(word.toLowerCase());
  }

  /** Decides a line-end hyphen between `left` and `right` (the word parts around it). */
  keepHyphen(left: string, right: string): boolean {
    const lowerLeft = left.toLowerCase();
    const lowerRight = right.toLowerCase();
    const joined = lowerLeft + lowerRight;
    const hyphenated = `${lowerLeft}-${lowerRight}`;
    // A capital after the hyphen starts a name or a word of its own (`Organisation-Afghanistan`); an acronym
    // before it is never split by hyphenation (`OPCW-designated`).
    if (startsUpper(right) || (left.length > 1 && left === left.toUpperCase() && left !== left.toLowerCase())) return true;
    // What the document itself writes elsewhere decides first.
    if (this.documentWords.has(joined)) return false;
    if ([...this.hyphenatedForms].some((form) => form === hyphenated || form.startsWith(`${hyphenated}-`))) return true;
    if (this.cues.isWord(hyphenated)) return true;
    if (this.cues.compoundPrefixes.includes(lowerLeft) || this.cues.compoundSuffixes.includes(lowerRight)) return true;
    if (this.cues.isWord(joined)) return false;
    // Two words on their own, joined into no word: a compound. Otherwise a word was split.
    return lowerLeft.length > 1 && this.cues.isWord(lowerLeft) && this.cues.isWord(lowerRight);
  }
}
