/**
 * What every pass knows about the text it repairs besides the language data: how boldly it may repair
 * at each place (from the damage measured on the raw text) and which words are names it must leave as
 * they are. It travels on the VFile (`file.data.repairRun`), the unified way of giving plugins per-file data.
 */
import type { VFile } from 'vfile';
import { boldEverywhere, type Boldness } from './damage.ts';
import type { RepairData } from './resources.ts';

export interface RepairRun {
  boldness: Boldness;
  /**
   * Whether a word (a run of letters) is a name or a foreign word: it has letters foreign to the language,
   * or it is a word of the name tables that is no common word of the dictionary (`Viet`, `Rica`; not `État`,
   * `United`). Never cut, respelled or joined to another word.
   */
  isName(word: string): boolean;
  /** Whether a word has letters foreign to the language (`César`, `Yıldız`): never cut, joined or respelled. */
  isForeign(word: string): boolean;
  /**
   * Whether an unknown word is written more than once the same way (any case) in the raw text. In clean text that is a
   * name or a term of the letter (`Hudaydah`, `inter alia`), never cut or joined; in damaged text OCR repeats
   * its own confusions (`problémes`, `dela`), so there the rules judge such a word like any other.
   */
  isRepeated(word: string): boolean;
  /** Whether a string (two words and the space between) stands more than once in the raw text. */
  isRepeatedPhrase(phrase: string): boolean;
}

declare module 'vfile' {
  interface DataMap {
    repairRun: RepairRun;
  }
}

const WORD = /[\p{L}\p{M}]+/gu;

/** The name guards of a text (see `RepairRun`), read off its raw text. */
export function namesOf(data: RepairData, rawText: string): Pick<RepairRun, 'isName' | 'isForeign' | 'isRepeated' | 'isRepeatedPhrase'> {
  const native = new Set([...data.language.alphabet]);
  const counts = new Map<string, number>();
  for (const match of rawText.matchAll(WORD)) counts.set(match[0].toLowerCase(), (counts.get(match[0].toLowerCase()) ?? 0) + 1);
  const isForeign = (word: string): boolean => [...word.toLowerCase()].some((letter) => /\p{L}/u.test(letter) && !native.has(letter));
  return {
    isName: (word) => isForeign(word) || (data.names.has(word) && !data.lexicon.isDictionaryForm(word.toLowerCase())),
    isForeign,
    isRepeated: (word) => (counts.get(word.toLowerCase()) ?? 0) > 1 && !data.lexicon.has(word),
    isRepeatedPhrase: repeatedPhrases(rawText),
  };
}

/**
 * Whether a phrase stands more than once in the text, bounded by non-letters. A phrase that starts with a
 * word (a run of letters) is looked up among the places that word starts, from an index of the text's
 * words made at the first question; scanning the whole text for each phrase would make a long text's
 * repair quadratic. Answers are kept.
 */
function repeatedPhrases(rawText: string): (phrase: string) => boolean {
  let starts: Map<string, number[]> | undefined;
  const answers = new Map<string, boolean>();
  const isLetter = (character: string | undefined) => character !== undefined && /[\p{L}\p{M}]/u.test(character);
  return (phrase) => {
    const known = answers.get(phrase);
    if (known !== undefined) return known;
    const first = /^[\p{L}\p{M}]+/u.exec(phrase)?.[0];
    let count = 0;
    if (first) {
      if (!starts) {
        starts = new Map();
        for (const match of rawText.matchAll(WORD)) {
          const list = starts.get(match[0]);
          if (list) list.push(match.index);
          else starts.set(match[0], [match.index]);
        }
      }
      for (const at of starts.get(first) ?? []) {
        if (rawText.startsWith(phrase, at) && !isLetter(rawText[at + phrase.length]) && ++count > 1) break;
      }
    } else {
      const bounded = new RegExp(`(?<![\\p{L}\\p{M}])${phrase.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&')}(?![\\p{L}\\p{M}])`, 'gu');
      for (const _ of rawText.matchAll(bounded)) if (++count > 1) break;
    }
    answers.set(phrase, count > 1);
    return count > 1;
  };
}

/** The run of a pass on its own (a test, a short string): every rule, names read off the text itself. */
export function defaultRun(data: RepairData, text: string): RepairRun {
  return { boldness: boldEverywhere, ...namesOf(data, text) };
}

/** The run a pass reads from its file. */
export function runOf(file: VFile, data: RepairData): RepairRun {
  let run = file.data.repairRun;
  if (!run) {
    run = defaultRun(data, String(file.value));
    file.data.repairRun = run;
  }
  return run;
}
