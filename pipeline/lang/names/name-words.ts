import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import states from './states.json' with { type: 'json' };

let words: Set<string> | undefined;

/** The hyphenated words of some texts (`Secretary-General`, `Guinea-Bissau`), as written. */
export function hyphenatedWords(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  // From a word's start only: the same matches, without trying again from each letter of every word.
  for (const text of texts) for (const match of text.matchAll(/(?<!\p{L})\p{L}+(?:-\p{L}+)+/gu)) found.add(match[0]);
  return found;
}

/**
 * Every capitalized word of the name tables in this folder (states, organizations, places, and any table
 * added beside them), in every language: `Costa`, `Rica`, `Viet`, `Nam`, `Côte`, `Timor-Leste` (a
 * hyphenated name is one word; abbreviations, `Rép.`, are left out). The repair never cuts, joins or
 * respells them. Read once, on first use.
 */
export function nameWords(): ReadonlySet<string> {
  if (words) return words;
  words = new Set();
  const folder = import.meta.dirname;
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(/(?<![\p{L}\p{M}-])\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*(?![\p{L}\p{M}.])/gu)) {
        if (match[0].length > 1 && match[0] !== match[0].toUpperCase()) words!.add(match[0]);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) collect(item);
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) collect(item);
    }
  };
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
    collect(JSON.parse(readFileSync(join(folder, file), 'utf8')));
  }
  return words;
}

/** The one-word names of the states in a language (`Cambodia`, `Thailand`; not `Costa Rica`), as written. */
export function oneWordStateNames(lang: string): Set<string> {
  const found = new Set<string>();
  for (const state of states as { names: Record<string, string>; aliases: Record<string, string[]> }[]) {
    for (const name of [state.names[lang], ...(state.aliases[lang] ?? [])]) if (name && /^\p{Lu}\p{Ll}+$/u.test(name)) found.add(name);
  }
  return found;
}
