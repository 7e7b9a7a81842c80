import type { RepairData } from './resources.ts';

/**
 * Whether a word is a dictionary word with one of the language's regular endings (`briefer` + `s`): a stem of
 * four letters or more not ending in the same letters (`Statess` is no plural).
 */
export function regularFormOf(data: RepairData): (word: string) => boolean {
  const endings = data.language.regularEndings ?? [];
  return (word) =>
    endings.some((ending) => {
      if (!word.toLowerCase().endsWith(ending)) return false;
      const stem = word.slice(0, word.length - ending.length);
      return stem.length >= 4 && !stem.toLowerCase().endsWith(ending) && data.lexicon.isDictionaryForm(stem);
    });
}
