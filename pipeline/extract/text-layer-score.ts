import { defaultLanguages } from '../lang/index.ts';
import type { LanguageRegistry, LanguageResources } from '../lang/types.ts';
import type { LanguageCode } from '../model/index.ts';
import type { ExtractWords, WordList } from './lexicon.ts';
import { isKnownWord } from './lexicon.ts';

/**
 * Scoring a PDF text layer: is it good enough to keep, or must the page be OCR'd again?
 *
 * score = known − 2 × garbage − 1.5 × (damage + split) / words, clamped to [0, 1], where
 * - known: share of letter tokens that are word forms of the language (best language wins);
 * - garbage: share of non-space characters that no letter uses (`| ® © ¢ ~ ^ { } \`, U+FFFD, controls);
 * - damage: OCR damage marks (`I’`/`|’` before a word, a digit or `(` inside letters, `®`);
 * - split: two neighbouring unknown tokens that make a known word once joined (`Secr étaire`).
 *
 * Thresholds (measured on 45-line pages of the seeds): clean extracted text scores 0.97–1.0, the 2008
 * scan's text (seed 004) 0.78–0.82, the seeds garbled in 004's style 0.57–0.71. A page is kept at
 * KEEP_THRESHOLD and above, and only when it holds at least MIN_WORDS words: an empty or near-empty
 * layer is a scan with no text.
 */
export const KEEP_THRESHOLD = 0.85;
export const MIN_WORDS = 8;

export interface TextLayerScore {
  score: number;
  words: number;
  known: number;
  garbage: number;
  damage: number;
  split: number;
  lang?: LanguageCode;
}

/** Web addresses, and their pieces wrapped onto the next line: no language's words, whatever their letters. */
const URL = /(?:https?:\/\/|www\.)\S+(?:\n\S*[\/.=?&_%-]\S*)*/gu;
const GARBAGE = /[|®©¢~^{}\\\uFFFD\u0000-\u0008\u000B\u000E-\u001F\u007F\p{Co}]/gu;
const DAMAGE = [/(?:^|[\s(])[I|]\s?['’]\s?\p{L}/gu, /\p{L}\d+\p{L}/gu, /\p{Ll}\(\p{Ll}/gu, /®/gu];

interface Lexicon {
  lang: LanguageCode;
  resources: ExtractWords;
  words: WordList;
}

/** Word lists are loaded once per language's resources, on first use. */
const lexicons = new WeakMap<ExtractWords, Lexicon>();

function lexicon(language: LanguageResources): Lexicon | undefined {
  const resources = language.extract;
  if (!resources) return undefined;
  let loaded = lexicons.get(resources);
  if (!loaded) {
    loaded = { lang: language.code, resources, words: resources.loadWords() };
    lexicons.set(resources, loaded);
  }
  return loaded;
}

/** Letter tokens, with elided words (`l’`, `qu’`) kept apart and marked. */
function tokens(text: string, resources: ExtractWords): Array<{ word: string; elided: boolean }> {
  const found: Array<{ word: string; elided: boolean }> = [];
  for (const match of text.matchAll(/\p{L}+(?:[-‐]\p{L}+)*(['’])?/gu)) {
    const elided = match[1] !== undefined;
    const word = (elided ? match[0].slice(0, -1) : match[0]).toLowerCase();
    // In a language written without spaces every character of its script is a word of its own.
    if (resources.characterWords && resources.scriptLetters?.test(word)) for (const character of word) found.push({ word: character, elided: false });
    else found.push({ word, elided });
  }
  return found;
}

function scoreWith(text: string, { lang, resources, words }: Lexicon, script: string): TextLayerScore {
  // In a language of another script than Latin, Latin tokens are the page's own foreign matter (symbols,
  // URLs, the English lines of a Russian masthead), neither words nor damage of that language.
  const own = script === 'Latin' ? undefined : scriptPattern(script);
  const list = tokens(text.replace(URL, ' '), resources).filter(({ word }) => !own || own.test(word));
  const letters = resources.scriptLetters;
  const known = (word: string, elided: boolean): boolean => {
    if (letters && words.size === 0) return [...word].every((letter) => letters.test(letter));
    if (elided) return resources.elisions.includes(word);
    if (word.length === 1) return words.has(word);
    return word.split(/[-‐]/).every((part) => isKnownWord(part, words, resources.inflections));
  };
  const flags = list.map(({ word, elided }) => known(word, elided));
  let split = 0;
  for (let index = 0; index + 1 < list.length; index++) {
    if (flags[index] && flags[index + 1]) continue;
    const joined = list[index]!.word + list[index + 1]!.word;
    if (!list[index]!.elided && joined.length > 3 && isKnownWord(joined, words, resources.inflections)) split++;
  }
  const characters = text.replace(/\s+/g, '').length;
  const garbageCount = text.match(GARBAGE)?.length ?? 0;
  const damage = DAMAGE.reduce((sum, pattern) => sum + (text.match(pattern)?.length ?? 0), 0);
  const wordCount = list.length;
  const knownShare = wordCount === 0 ? 0 : flags.filter(Boolean).length / wordCount;
  const garbage = characters === 0 ? 0 : garbageCount / characters;
  const raw = knownShare - 2 * garbage - (1.5 * (damage + split)) / Math.max(wordCount, 1);
  return { score: Math.max(0, Math.min(1, raw)), words: wordCount, known: knownShare, garbage, damage, split, lang };
}

const scriptPatterns = new Map<string, RegExp>();

/** A pattern of one letter of a Unicode script (`Cyrillic`), without the global flag. */
function scriptPattern(script: string): RegExp {
  let pattern = scriptPatterns.get(script);
  if (!pattern) {
    pattern = new RegExp(`\\p{Script=${script}}`, 'u');
    scriptPatterns.set(script, pattern);
  }
  return pattern;
}

/** Whether at least 30% of a text's letters (or the text has none) are of a Unicode script. */
function writtenIn(text: string, script: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const own = text.match(new RegExp(scriptPattern(script).source, 'gu'))?.length ?? 0;
  return letters === 0 || own >= 0.3 * letters;
}

/** Scores a page's text layer against every language that has a word list; the best language wins. */
export function scoreTextLayer(text: string, languages: LanguageRegistry = defaultLanguages): TextLayerScore {
  let best: TextLayerScore = { score: 0, words: 0, known: 0, garbage: 0, damage: 0, split: 0 };
  // A layer without a letter (a scan's empty one) has no word to look up: it scores 0 in every language, so
  // no word list is loaded for it (they cost a scan 4 s and tens of MB before its first page was read).
  if (!/\p{L}/u.test(text)) return best;
  for (const code of languages.codes) {
    const language = languages.get(code);
    // A language whose script the text hardly uses cannot read it well; its words are not even loaded.
    if (!writtenIn(text.replace(URL, ' '), language.script?.name ?? 'Latin')) continue;
    const loaded = lexicon(language);
    if (!loaded) continue;
    const scored = scoreWith(text, loaded, language.script?.name ?? 'Latin');
    if (scored.score > best.score || best.lang === undefined) best = scored;
  }
  return best;
}

/** Whether a text layer is kept (true) or its page re-OCR'd. */
export function keepsTextLayer(scored: TextLayerScore): boolean {
  return scored.words >= MIN_WORDS && scored.score >= KEEP_THRESHOLD;
}
