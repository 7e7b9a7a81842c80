import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';
import { expandHunspell } from './hunspell.ts';

/** Where a language's lexicon comes from: a Hunspell dictionary and ranked word lists (most frequent first). */
export interface LexiconSource {
  /** Names the cache file; change it when the data changes shape. */
  name: string;
  affPath: string;
  dicPath: string;
  /**
   * Further Hunspell dictionaries of the same language whose forms are as good as the first one's (another
   * spelling standard: en-GB beside en-US), expanded with their own affix rules.
   */
  moreDictionaries?: readonly { affPath: string; dicPath: string }[];
  /** Ranked lists of lower-case words; a word's rank is its best position in any of them. */
  rankedLists: () => Promise<readonly (readonly string[])[]>;
  /** Extra lower-case forms the lists lack, with a rank (one-letter words, elided forms). */
  extraForms?: readonly (readonly [string, number])[];
  /** Expand the dictionary's prefix rules too (see `expandHunspell`). */
  prefixes?: boolean;
  /** Further known forms beyond the dictionary (spelling variants it lacks), lower case. */
  moreForms?: () => Promise<readonly string[]>;
}

const FOLD: Record<string, string> = {};
for (const [letters, plain] of [
  ['àâäáãå', 'a'], ['éèêëẽ', 'e'], ['îïíìĩ', 'i'], ['ôöóòõ', 'o'], ['ùûüúũ', 'u'], ['ÿý', 'y'], ['ç', 'c'], ['ñ', 'n'],
  ['œ', 'oe'], ['æ', 'ae'],
] as const) {
  for (const letter of letters) FOLD[letter] = plain;
}

/** The lookup key of a word: lower case, accents and ligatures folded (`Œuvre` → `oeuvre`). */
export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  let key = '';
  for (const char of lower) key += FOLD[char] ?? char;
  return key;
}

/** Number of letters two same-key words differ by (accents only), ligatures counted once. */
export function accentDistance(a: string, b: string): number {
  const left = [...a.toLowerCase()];
  const right = [...b.toLowerCase()];
  if (left.length !== right.length) return 1 + Math.abs(left.length - right.length);
  let distance = 0;
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) distance++;
  return distance;
}

export class Lexicon {
  /** Lower-case forms → the form as the dictionary writes it (capitalized for proper nouns only). */
  private readonly forms: Map<string, string>;
  private readonly byKey: Map<string, string[]>;
  private readonly ranks: Map<string, number>;
  /** Lower-case forms that came from `moreForms`, not from the dictionary. */
  private readonly added: ReadonlySet<string>;

  constructor(forms: Map<string, string>, byKey: Map<string, string[]>, ranks: Map<string, number>, added: ReadonlySet<string> = new Set()) {
    this.forms = forms;
    this.byKey = byKey;
    this.ranks = ranks;
    this.added = added;
  }

  get size(): number {
    return this.forms.size;
  }

  /** Whether the word (any case) is a known form. */
  has(word: string): boolean {
    const lower = word.toLowerCase();
    return this.forms.has(lower.includes('’') ? lower.replaceAll('’', "'") : lower);
  }

  /** Whether the dictionary writes this word only with a capital (a proper noun). */
  isProperNoun(word: string): boolean {
    const form = this.forms.get(word.toLowerCase());
    return form !== undefined && form !== form.toLowerCase();
  }

  /** Whether the word comes from the dictionary itself (any case), not from a list added to it. */
  isDictionaryForm(word: string): boolean {
    const lower = word.toLowerCase();
    return this.forms.has(lower) && !this.added.has(lower);
  }

  /** Lower-case known forms sharing the key of `word` (same letters, any accents). */
  sameKey(word: string): readonly string[] {
    return this.byKey.get(foldKey(word)) ?? [];
  }

  /** Known forms under an already folded key. */
  withKey(key: string): readonly string[] {
    return this.byKey.get(key) ?? [];
  }

  hasKey(key: string): boolean {
    return this.byKey.has(key);
  }

  /** Frequency rank (1 = most frequent); Infinity for known forms no list ranks. */
  rank(word: string): number {
    return this.ranks.get(word.toLowerCase()) ?? Infinity;
  }

  /** A cost that grows with rarity: about log2 of the rank, 19 for unranked known forms. */
  cost(word: string): number {
    const rank = this.rank(word);
    return rank === Infinity ? 19 : Math.log2(rank + 1);
  }
}

const cacheFolder = join(PROJECT_ROOT, 'node_modules', '.cache', 'unletters');

function dictionariesOf(source: LexiconSource): readonly { affPath: string; dicPath: string }[] {
  return [source, ...(source.moreDictionaries ?? [])];
}

function cachePath(source: LexiconSource): string {
  const stamp = dictionariesOf(source)
    .map((dictionary) => `${statSync(dictionary.dicPath).size}-${statSync(dictionary.affPath).size}`)
    .join('-');
  return join(cacheFolder, `lexicon-${source.name}-${stamp}.txt`);
}

/** The expanded forms, one per line; built from the dictionaries once and cached on disk. */
function expandedForms(source: LexiconSource): string[] {
  const path = cachePath(source);
  if (existsSync(path)) return readFileSync(path, 'utf8').split('\n');
  const forms = [
    ...new Set(
      dictionariesOf(source).flatMap((dictionary) =>
        expandHunspell(readFileSync(dictionary.affPath, 'utf8'), readFileSync(dictionary.dicPath, 'utf8'), { prefixes: source.prefixes }),
      ),
    ),
  ];
  try {
    mkdirSync(cacheFolder, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, forms.join('\n'));
    renameSync(temporary, path);
  } catch {
    // A read-only install still works: it only pays the expansion on every load.
  }
  return forms;
}

const loaded = new Map<string, Promise<Lexicon>>();

/** Loads (once per process) the lexicon of a source. */
export function loadLexicon(source: LexiconSource): Promise<Lexicon> {
  let lexicon = loaded.get(source.name);
  if (!lexicon) {
    lexicon = buildLexicon(source);
    loaded.set(source.name, lexicon);
  }
  return lexicon;
}

async function buildLexicon(source: LexiconSource): Promise<Lexicon> {
  const forms = new Map<string, string>();
  const byKey = new Map<string, string[]>();
  const add = (form: string): void => {
    // Multi-word and dotted entries (`a priori`, `etc.`) are not single tokens of running text.
    if (!form || /[\s.]/u.test(form)) return;
    const lower = form.toLowerCase();
    const known = forms.get(lower);
    if (known !== undefined) {
      if (known !== lower && form === lower) forms.set(lower, lower);
      return;
    }
    forms.set(lower, form);
    const key = foldKey(lower);
    const group = byKey.get(key);
    if (group) group.push(lower);
    else byKey.set(key, [lower]);
  };
  for (const form of expandedForms(source)) add(form);
  // Only forms the dictionary lacks in every case: a lower-case list must not turn its proper nouns common.
  const added = new Set<string>();
  for (const form of (await source.moreForms?.()) ?? []) {
    if (forms.has(form.toLowerCase())) continue;
    add(form);
    added.add(form.toLowerCase());
  }
  const ranks = new Map<string, number>();
  for (const [form, rank] of source.extraForms ?? []) {
    add(form);
    ranks.set(form, rank);
  }
  for (const list of await source.rankedLists()) {
    list.forEach((word, index) => {
      const lower = word.toLowerCase();
      const best = ranks.get(lower);
      if (best === undefined || index + 1 < best) ranks.set(lower, index + 1);
    });
  }
  return new Lexicon(forms, byKey, ranks, added);
}
