import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hunspellStems, isKnownWord, type WordList } from '../../extract/lexicon.ts';
import { loadPackedSync, PackedWordSets } from '../../repair/lexicon.ts';

const require = createRequire(import.meta.url);

/** Endings that turn an inflected form into one the word forms hold, tried in order. */
export const englishInflections: ReadonlyArray<readonly [string, string]> = [
  ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ied', 'y'], ['ing', ''], ['ing', 'e'],
  ['ly', ''], ['er', ''], ['est', ''], ["'s", ''], ['’s', ''],
];

/** The word lists of the quick checks below, from dictionary-en and dictionary-en-gb. */
interface EnglishWords {
  /** The stems of dictionary-en, lower case (`englishWordForms`). */
  forms: WordList;
  /** The stems of both dictionaries written in lower case, with the prefixes their affix files add whole. */
  common: WordList;
  /** The stems of both dictionaries written with a capital (then lower case), as proper nouns. */
  proper: WordList;
}

let lists: EnglishWords | undefined;

/**
 * The lists, read once as packed sets from the cache folder (built at install or on the first run): building
 * them from the dictionaries cost about 0.3 s of CPU in every process and thread that checked a word.
 */
function englishWords(): EnglishWords {
  if (!lists) {
    const folders = ['dictionary-en', 'dictionary-en-gb'].map((name) => dirname(require.resolve(name)));
    const files = folders.flatMap((folder) => [join(folder, 'index.dic'), join(folder, 'index.aff')]);
    const sets = loadPackedSync('words-en-1', files, PackedWordSets.unpack, () => {
      const { common, proper } = stemsByCase(folders);
      return PackedWordSets.pack([hunspellStems(readFileSync(join(folders[0]!, 'index.dic'), 'utf8')), common, proper]);
    });
    lists = { forms: sets.set(0), common: sets.set(1), proper: sets.set(2) };
  }
  return lists;
}

/**
 * English word forms for quick checks (is this a word?), shared by the text-layer scorer and the
 * segmenter's hyphen joins: the stems of dictionary-en (Hunspell, not expanded). Read once, on first use.
 */
export function englishWordForms(): WordList {
  return englishWords().forms;
}

/** Whether a word is English: a listed form, once lower-cased and a regular ending undone. */
export function isEnglishWord(word: string): boolean {
  return isKnownWord(word.toLowerCase(), englishWordForms(), englishInflections);
}

/** The stems of the en-US and en-GB dictionaries, those written in lower case apart from those written with a capital. */
function stemsByCase(folders: readonly string[]): { common: Set<string>; proper: Set<string> } {
  const common = new Set<string>();
  const proper = new Set<string>();
  for (const folder of folders) {
    // Prefixes the affix file adds whole (`PFX A 0 re .`: `port/A` is also `report`).
    const prefixes = new Map<string, string>();
    for (const match of readFileSync(join(folder, 'index.aff'), 'utf8').matchAll(/^PFX\s+(\S)\s+0\s+(\p{Ll}+)\s+\.\s*$/gmu)) prefixes.set(match[1]!, match[2]!);
    const dic = readFileSync(join(folder, 'index.dic'), 'utf8');
    for (const line of dic.split('\n').slice(1)) {
      const [stemPart, flags = ''] = line.split('/');
      const stem = stemPart!.trim();
      if (/^\p{Ll}/u.test(stem)) {
        common.add(stem);
        for (const flag of flags.trim()) if (prefixes.has(flag)) common.add(prefixes.get(flag)! + stem);
      } else if (/^\p{Lu}\p{Ll}+$/u.test(stem)) proper.add(stem.toLowerCase());
    }
  }
  return { common, proper };
}

/**
 * Whether a word is a common English word: the dictionaries write it in lower case (`border`, `defence`),
 * once lower-cased and a regular ending undone. They write proper nouns with their capital (`Sergey`,
 * `Ahmed`), so a capitalized word that is not common is more likely part of a name.
 */
export function isCommonEnglishWord(word: string): boolean {
  return isKnownWord(word.toLowerCase(), englishWords().common, englishInflections);
}

/** Whether the dictionaries write a word with a capital, as a proper noun (`Rosemary`, `Fletcher`, `Sergey`). */
export function isEnglishProperNoun(word: string): boolean {
  return englishWords().proper.has(word.toLowerCase());
}
