/**
 * The catalog of an output folder: every Work written there, with its Expressions (one per language) and
 * their Manifestations (one per source file: its format, and the folder of its editions), so that a bulk
 * run groups the language versions and the scans of one letter.
 *
 * Written by whoever writes an output folder, the in-process runner and the emit workers alike, any number
 * at once: each edition appends one line to `<out>/.catalog.jsonl` (one `write` with `O_APPEND`, which
 * POSIX keeps whole between writers), then rebuilds `<out>/catalog.json` from the log into a temporary
 * file renamed over the old one. A writer that finds the log grew while it rebuilt rebuilds again, so the
 * last writer always leaves a catalog holding every line.
 */
import { randomUUID } from 'node:crypto';
import { appendFile, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UnDocument } from '../model/index.ts';
import { documentIdentity } from '../emit/identity.ts';

/** The append log, hidden: `catalog.json` is what a reader opens. */
export const CATALOG_LOG = '.catalog.jsonl';
export const CATALOG_FILE = 'catalog.json';

/** One source file of an expression: its format, and the folder of its editions. */
export interface CatalogManifestation {
  /** Media type of the source file. */
  format: string;
  /** The source file's name (without folders) and SHA-256. */
  source: string;
  sha256: string;
  /** Whether any page's text was read by OCR. */
  ocr: boolean;
  /** The edition's folder under the output folder, and its files. */
  folder: string;
  files: string[];
}

/** One line of the log: one edition of one source file. */
export interface CatalogEntry extends CatalogManifestation {
  work: string;
  basis: 'symbol' | 'content';
  symbol?: string;
  /** The letter's date as the source states it; absent when it states none. */
  date?: string;
  title: string;
  expression: string;
  /** ISO 639-2 (`fra`). */
  language: string;
  /** The languages the letter's annexes say they were written in (`[Original: Russian]`). */
  originalLanguages: string[];
  /** The persons the edition names: id, display name and sound key (`Entity.soundKey`). */
  persons?: { id: string; name: string; soundKey: string }[];
}

export interface CatalogExpression {
  expression: string;
  language: string;
  /** True when the annexes say this language is an original one, false when they name others, absent when they say nothing. */
  original?: boolean;
  manifestations: CatalogManifestation[];
}

/**
 * One person of a Work across its expressions: the persons of each language version that share a sound key.
 * Ids are each version's own (`person:antonio-guterres`, `person:antoniu-guterrish`); the key links them within
 * the one letter, where two different people with one key are unlikely, which it could not do across letters.
 */
export interface CatalogPerson {
  soundKey: string;
  names: { language: string; id: string; name: string }[];
}

export interface CatalogWork {
  work: string;
  basis: 'symbol' | 'content';
  symbol?: string;
  date?: string;
  titles: Record<string, string>;
  originalLanguages: string[];
  expressions: CatalogExpression[];
  persons?: CatalogPerson[];
}

export interface Catalog {
  works: CatalogWork[];
}

export function catalogEntry(document: UnDocument, folder: string, files: readonly string[]): CatalogEntry {
  const identity = documentIdentity(document);
  return {
    work: identity.workUri,
    basis: identity.basis,
    ...(identity.symbol ? { symbol: identity.symbol } : {}),
    ...(identity.date ? { date: identity.date } : {}),
    title: document.letter.title.text,
    expression: identity.expressionUri,
    language: identity.language,
    originalLanguages: identity.originalLanguages,
    format: document.source.mediaType,
    source: document.source.name.split(/[\\/]/).pop() ?? document.source.name,
    sha256: document.source.sha256,
    ocr: (document.pages ?? []).some((page) => page.method === 'ocr'),
    folder,
    files: [...files],
    persons: document.entities
      .filter((entity) => entity.type === 'person' && entity.soundKey)
      .map((entity) => ({ id: entity.id, name: entity.text, soundKey: entity.soundKey! })),
  };
}

/** Groups the log's entries by Work, then language; a folder written again keeps its last entry. */
export function buildCatalog(entries: readonly CatalogEntry[]): Catalog {
  const latest = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    latest.delete(entry.folder);
    latest.set(entry.folder, entry);
  }
  const works = new Map<string, CatalogWork>();
  for (const entry of latest.values()) {
    let work = works.get(entry.work);
    if (!work) {
      work = {
        work: entry.work,
        basis: entry.basis,
        ...(entry.symbol ? { symbol: entry.symbol } : {}),
        ...(entry.date ? { date: entry.date } : {}),
        titles: {},
        originalLanguages: [],
        expressions: [],
      };
      works.set(entry.work, work);
    }
    work.titles[entry.language] ??= entry.title;
    work.originalLanguages = [...new Set([...work.originalLanguages, ...entry.originalLanguages])].sort();
    let expression = work.expressions.find((candidate) => candidate.expression === entry.expression);
    if (!expression) {
      expression = { expression: entry.expression, language: entry.language, manifestations: [] };
      work.expressions.push(expression);
    }
    const { format, source, sha256, ocr, folder, files } = entry;
    expression.manifestations.push({ format, source, sha256, ocr, folder, files });
    for (const person of entry.persons ?? []) {
      work.persons ??= [];
      let linked = work.persons.find((candidate) => candidate.soundKey === person.soundKey);
      if (!linked) {
        linked = { soundKey: person.soundKey, names: [] };
        work.persons.push(linked);
      }
      if (!linked.names.some((name) => name.language === entry.language && name.id === person.id)) linked.names.push({ language: entry.language, id: person.id, name: person.name });
    }
  }
  const sorted = [...works.values()].sort((first, second) => compare(first.work, second.work));
  for (const work of sorted) {
    work.expressions.sort((first, second) => compare(first.language, second.language));
    work.persons?.sort((first, second) => compare(first.soundKey, second.soundKey));
    for (const person of work.persons ?? []) person.names.sort((first, second) => compare(first.language, second.language) || compare(first.id, second.id));
    for (const expression of work.expressions) {
      if (work.originalLanguages.length > 0) expression.original = work.originalLanguages.includes(expression.language);
      expression.manifestations.sort((first, second) => compare(first.folder, second.folder));
    }
  }
  return { works: sorted };
}

function compare(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}

/** Reads the log; a line cut short by a crash is skipped, every whole line kept. */
export async function readCatalogLog(outDir: string): Promise<CatalogEntry[]> {
  let text: string;
  try {
    text = await readFile(join(outDir, CATALOG_LOG), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: CatalogEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      entries.push(JSON.parse(line) as CatalogEntry);
    } catch {
      // A partial last line from a writer that died mid-write: the edition it names is written again on retry.
    }
  }
  return entries;
}

/** Adds one edition to the catalog of `outDir` (log line, then `catalog.json` rebuilt). */
export async function recordInCatalog(outDir: string, entry: CatalogEntry): Promise<void> {
  await appendFile(join(outDir, CATALOG_LOG), `${JSON.stringify(entry)}\n`, { flag: 'a' });
  await rebuildCatalog(outDir);
}

/** Rewrites `catalog.json` from the log until the log stops growing under it. */
export async function rebuildCatalog(outDir: string): Promise<Catalog> {
  for (;;) {
    const before = await logSize(outDir);
    const catalog = buildCatalog(await readCatalogLog(outDir));
    const temporary = join(outDir, `.${CATALOG_FILE}.${randomUUID()}`);
    try {
      await writeFile(temporary, `${JSON.stringify(catalog, null, 2)}\n`);
      await rename(temporary, join(outDir, CATALOG_FILE));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    if ((await logSize(outDir)) === before) return catalog;
  }
}

async function logSize(outDir: string): Promise<number> {
  try {
    return (await stat(join(outDir, CATALOG_LOG))).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}
