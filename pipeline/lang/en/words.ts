import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hunspellStems, isKnownWord } from '../../extract/lexicon.ts';

const require = createRequire(import.meta.url);

/** Endings that turn an inflected form into one the word forms hold, tried in order. */
export const englishInflections: ReadonlyArray<readonly [string, string]> = [
  ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ied', 'y'], ['ing', ''], ['ing', 'e'],
  ['ly', ''], ['er', ''], ['est', ''], ["'s", ''], ['’s', ''],
];

let forms: Set<string> | undefined;

/**
 * English word forms for quick checks (is this a word?), shared by the text-layer scorer and the
 * segmenter's hyphen joins: the stems of dictionary-en (Hunspell, not expanded). Read once, on first use.
 */
export function englishWordForms(): ReadonlySet<string> {
  if (!forms) {
    const dic = readFileSync(join(dirname(require.resolve('dictionary-en')), 'index.dic'), 'utf8');
    forms = new Set(hunspellStems(dic));
  }
  return forms;
}

/** Whether a word is English: a listed form, once lower-cased and a regular ending undone. */
export function isEnglishWord(word: string): boolean {
  return isKnownWord(word.toLowerCase(), englishWordForms(), englishInflections);
}

let dictionaryStems: { common: Set<string>; proper: Set<string> } | undefined;

/** The stems of the en-US and en-GB dictionaries, those written in lower case apart from those written with a capital. */
function stemsByCase(): { common: Set<string>; proper: Set<string> } {
  if (!dictionaryStems) {
    const common = new Set<string>();
    const proper = new Set<string>();
    for (const name of ['dictionary-en', 'dictionary-en-gb']) {
      const folder = dirname(require.resolve(name));
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
    dictionaryStems = { common, proper };
  }
  return dictionaryStems;
}

/**
 * Whether a word is a common English word: the dictionaries write it in lower case (`border`, `defence`),
 * once lower-cased and a regular ending undone. They write proper nouns with their capital (`Sergey`,
 * `Ahmed`), so a capitalized word that is not common is more likely part of a name.
 */
export function isCommonEnglishWord(word: string): boolean {
  return isKnownWord(word.toLowerCase(), stemsByCase().common, englishInflections);
}

/** Whether the dictionaries write a word with a capital, as a proper noun (`Rosemary`, `Fletcher`, `Sergey`). */
export function isEnglishProperNoun(word: string): boolean {
  return stemsByCase().proper.has(word.toLowerCase());
}
