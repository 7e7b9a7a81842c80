import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { PROJECT_ROOT } from '../project-root.ts';
import { foldKey } from './fold.ts';
import { expandHunspell } from './hunspell.ts';
import { Lexicon, type LexiconEntries } from './packed-lexicon.ts';

export { accentDistance, foldKey } from './fold.ts';
export { Lexicon, PackedWordSets, type WordSet } from './packed-lexicon.ts';

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

/** The affix and word files of a Hunspell dictionary package of wooorm/dictionaries (`dictionary-en`). */
export function hunspellPackage(name: string): { affPath: string; dicPath: string } {
  const folder = dirname(createRequire(import.meta.url).resolve(name));
  return { affPath: join(folder, 'index.aff'), dicPath: join(folder, 'index.dic') };
}

const cacheFolder = join(PROJECT_ROOT, 'node_modules', '.cache', 'unletters');

function dictionariesOf(source: LexiconSource): readonly { affPath: string; dicPath: string }[] {
  return [source, ...(source.moreDictionaries ?? [])];
}

/** The cache file of a source: its name and the sizes of its dictionaries, so a new dictionary is noticed. */
export function lexiconCachePath(source: LexiconSource): string {
  const stamp = dictionariesOf(source)
    .map((dictionary) => `${statSync(dictionary.dicPath).size}-${statSync(dictionary.affPath).size}`)
    .join('-');
  return join(cacheFolder, `lexicon-${source.name}-${stamp}.bin`);
}

const loaded = new Map<string, Promise<Lexicon>>();

/**
 * Loads (once per process) the lexicon of a source: from its cache file when there is one (written at install
 * by `npm run build`, or by the first run), otherwise built from the dictionaries and cached.
 */
export function loadLexicon(source: LexiconSource): Promise<Lexicon> {
  let lexicon = loaded.get(source.name);
  if (!lexicon) {
    lexicon = readOrBuild(source);
    loaded.set(source.name, lexicon);
  }
  return lexicon;
}

async function readOrBuild(source: LexiconSource): Promise<Lexicon> {
  return readOrBuildCached(lexiconCachePath(source), Lexicon.unpack, async () => Lexicon.pack(await buildEntries(source)));
}

/**
 * Data packed once from source files and kept in the cache folder (written at install by `npm run build`, or
 * by the first run), so that each process reads a file instead of rebuilding the data. The file's name holds
 * `name` and the sizes of `sourceFiles`, so a new version of them is noticed.
 */
export function loadPacked<T>(name: string, sourceFiles: readonly string[], unpack: (bytes: Buffer) => T | undefined, build: () => Promise<Buffer>): Promise<T> {
  const stamp = sourceFiles.map((file) => statSync(file).size).join('-');
  return readOrBuildCached(join(cacheFolder, `${name}-${stamp}.bin`), unpack, build);
}

async function readOrBuildCached<T>(path: string, unpack: (bytes: Buffer) => T | undefined, build: () => Promise<Buffer>): Promise<T> {
  if (existsSync(path)) {
    const cached = unpack(readFileSync(path));
    if (cached) return cached;
  }
  const bytes = await build();
  writeCache(path, bytes);
  return unpack(bytes)!;
}

/**
 * `loadPacked` for data a synchronous function needs at once (the word lists of quick word checks): read
 * from the cache folder, or built and cached there.
 */
export function loadPackedSync<T>(name: string, sourceFiles: readonly string[], unpack: (bytes: Buffer) => T | undefined, build: () => Buffer): T {
  const path = join(cacheFolder, `${name}-${sourceFiles.map((file) => statSync(file).size).join('-')}.bin`);
  if (existsSync(path)) {
    const cached = unpack(readFileSync(path));
    if (cached) return cached;
  }
  const bytes = build();
  writeCache(path, bytes);
  return unpack(bytes)!;
}

function writeCache(path: string, bytes: Buffer): void {
  try {
    mkdirSync(cacheFolder, { recursive: true });
    const temporary = `${path}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch {
    // A read-only install still works: it only pays the building on every load.
  }
}

/** Every form of the dictionaries (expanded from their affixes), the added lists and the ranks. */
async function buildEntries(source: LexiconSource): Promise<LexiconEntries> {
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
  for (const dictionary of dictionariesOf(source)) {
    const expanded = expandHunspell(readFileSync(dictionary.affPath, 'utf8'), readFileSync(dictionary.dicPath, 'utf8'), { prefixes: source.prefixes });
    for (const form of expanded) add(form);
  }
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
  return { forms, byKey, ranks, added };
}
