import type { EntityWords } from '../types.ts';
import words from './entities.json' with { type: 'json' };
import { isCommonEnglishWord, isEnglishProperNoun } from './words.ts';

/** English cues of the entity stage (names of states, organizations and places are in pipeline/lang/names). */
/** A name that opens with `United Nations` is also written with its abbreviation (`UN Office on Drugs and Crime`). */
function abbreviatedForms(name: string): string[] {
  const rest = name.match(/^United Nations (.+)$/)?.[1];
  return rest ? [`UN ${rest}`, `U.N. ${rest}`] : [];
}

/** Names of languages in English, from the runtime's CLDR data (`Arabic`, `Spanish`): `in Arabic` names no place. */
function languageNames(): Set<string> {
  const display = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const found = new Set<string>();
  for (const first of letters) for (const second of letters) {
    const name = display.of(first + second);
    if (name && /^\p{Lu}\p{Ll}+$/u.test(name)) found.add(name);
  }
  return found;
}

export const englishEntities: EntityWords = {
  ...(words as EntityWords),
  isCommonWord: isCommonEnglishWord,
  isProperNoun: isEnglishProperNoun,
  nameForms: abbreviatedForms,
  languageNames: languageNames(),
};
