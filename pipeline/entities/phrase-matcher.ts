/**
 * Finds the phrases of a long list in a text in one pass: a trie of the phrases walked from each place a
 * name may start, taking the longest phrase whose end is bounded. It finds what one regular expression of
 * all the phrases (longest first, `\s+` for their spaces, bounded by look-arounds) finds, without compiling
 * and backtracking through thousands of alternatives at every character (half a second of a letter's run).
 */
import type { WordJoining } from '../lang/types.ts';
import { normalizeApostrophes } from './text.ts';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The phrase that ends here, if one does. */
  phrase?: string;
}

export interface PhraseMatch {
  index: number;
  /** The text matched, its white space as the text writes it. */
  text: string;
}

const SPACE = 0x20;
const WHITE_SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/** The code point that ends just before `position`, as a string ('' at the start). */
function pointBefore(text: string, position: number): string {
  if (position === 0) return '';
  const low = text.charCodeAt(position - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && position >= 2 && isHighSurrogate(text.charCodeAt(position - 2)) ? position - 2 : position - 1;
  return text.slice(start, position);
}

function pointAt(text: string, position: number): string {
  if (position >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(position)!);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Where a name may start and end in a language (see `nameBounds`): by default no letter or digit glued to
 * either side; in a language without spaces only no Latin letter or digit, nor a letter that makes a longer word; after a proclitic (Arabic `و`),
 * which stays outside the name.
 */
function boundsOf(joining: WordJoining | undefined): { before: (text: string, position: number) => boolean; after: (text: string, position: number) => boolean } {
  if (joining?.unspaced) {
    return {
      before: (text, position) => !LATIN_OR_DIGIT.test(pointBefore(text, position)),
      after: (text, position) =>
        !LATIN_OR_DIGIT.test(pointAt(text, position)) &&
        ((joining.wordsAfterName ?? []).some((word) => text.startsWith(word, position)) || !(joining.wordEndings ?? []).some((ending) => text.startsWith(ending, position))),
    };
  }
  const free = (text: string, position: number) => !LETTER_OR_DIGIT.test(pointBefore(text, position));
  const after = (text: string, position: number) => !LETTER_OR_DIGIT.test(pointAt(text, position));
  const proclitics = [...new Set(joining?.proclitics ?? [])].filter((proclitic) => proclitic.length > 0).map(normalizeApostrophes);
  if (proclitics.length === 0) return { before: free, after };
  return {
    before: (text, position) =>
      free(text, position) || proclitics.some((proclitic) => text.startsWith(proclitic, position - proclitic.length) && free(text, position - proclitic.length)),
    after,
  };
}

export class PhraseMatcher {
  private readonly root: TrieNode = { next: new Map() };
  private readonly bounds: ReturnType<typeof boundsOf>;

  /** `phrases` in canonical form: apostrophes typographic, one space between words. */
  constructor(phrases: Iterable<string>, joining?: WordJoining) {
    this.bounds = boundsOf(joining);
    for (const phrase of phrases) {
      const words = normalizeApostrophes(phrase).split(/\s+/).filter((word) => word.length > 0);
      if (words.length === 0) continue;
      const canonical = words.join(' ');
      let node = this.root;
      for (let index = 0; index < canonical.length; index++) {
        const code = canonical.charCodeAt(index);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map() }));
        node = child;
      }
      node.phrase ??= canonical;
    }
  }

  /** The phrases in `text`, left to right, the longest at each place, none overlapping. */
  matches(text: string): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    let position = 0;
    while (position < text.length) {
      const code = text.charCodeAt(position);
      // A match starts on a whole character, never inside a surrogate pair.
      const inPair = code >= 0xdc00 && code <= 0xdfff && position > 0 && isHighSurrogate(text.charCodeAt(position - 1));
      const end = !inPair && this.root.next.has(code) && this.bounds.before(text, position) ? this.longestFrom(text, position) : -1;
      if (end > position) {
        found.push({ index: position, text: text.slice(position, end) });
        position = end;
      } else {
        position++;
      }
    }
    return found;
  }

  /** The longest bounded phrase that starts at `start`, in its canonical form (`East Jerusalem`), if one does. */
  longestAt(text: string, start: number): string | undefined {
    if (start >= text.length || !this.root.next.has(text.charCodeAt(start)) || !this.bounds.before(text, start)) return undefined;
    const end = this.longestFrom(text, start);
    return end > start ? text.slice(start, end).replace(/\s+/gu, ' ') : undefined;
  }

  /** End of the longest bounded phrase starting at `start`, or -1. */
  private longestFrom(text: string, start: number): number {
    let node: TrieNode | undefined = this.root;
    let position = start;
    let best = -1;
    while (node && position < text.length) {
      const code = text.charCodeAt(position);
      if (WHITE_SPACE.test(text[position]!)) {
        // Any run of white space stands for one space of the phrase.
        node = node.next.get(SPACE);
        while (position < text.length && WHITE_SPACE.test(text[position]!)) position++;
      } else {
        node = node.next.get(code);
        position++;
      }
      if (node?.phrase !== undefined && this.bounds.after(text, position)) best = position;
    }
    return best;
  }
}
