/**
 * Shared by the language tests: the fixtures in both languages, one pipeline run per fixture, and the
 * structure and entity summaries that must agree between the French and English versions of a letter.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annex, Block, EntityType, LanguageCode, UnDocument } from '../../pipeline/model/index.ts';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { validateAkn, type ValidationResult } from '../../pipeline/emit/akn/validate.ts';
import { emitters, renderAll } from '../../pipeline/emit/index.ts';
import { processSource } from '../../pipeline/runner/index.ts';

export const projectRoot = join(import.meta.dirname, '../..');

/** The French seeds and the English fixtures that translate them, by letter. */
export const PARALLEL_LETTERS = [
  { letter: '002', fr: 'fixtures/seeds/002_4204fe919a018fb2.txt', en: 'fixtures/letters/en/002-en.txt' },
  { letter: '003', fr: 'fixtures/seeds/003_fa7ca501a90a39ad.txt', en: 'fixtures/letters/en/003-en.txt' },
] as const;

export const ENGLISH_FIXTURES = ['fixtures/letters/en/002-en.txt', 'fixtures/letters/en/003-en.txt', 'fixtures/letters/en/007-en.txt'];

const runs = new Map<string, Promise<UnDocument>>();

/** The pipeline's document for a fixture (project-relative path), run once per test process and options (the unit test files share a process per vitest worker). */
export function runFixture(path: string, lang?: LanguageCode): Promise<UnDocument> {
  const key = `${path}|${lang ?? ''}`;
  let run = runs.get(key);
  if (!run) {
    run = readFile(join(projectRoot, path)).then((bytes) => processSource({ name: path, bytes: new Uint8Array(bytes) }, lang ? { lang } : {}));
    runs.set(key, run);
  }
  return run;
}

/** What a reader sees of a body's structure, language aside. */
export interface BodyShape {
  sections: number;
  paragraphs: number;
  /** Numbered paragraphs per numbering style. */
  numbered: Record<string, number>;
  /** Item count of each list, in reading order. */
  listItems: number[];
}

export function bodyShape(blocks: readonly Block[]): BodyShape {
  const shape: BodyShape = { sections: 0, paragraphs: 0, numbered: {}, listItems: [] };
  const visit = (block: Block) => {
    if (block.type === 'section') {
      shape.sections += 1;
      block.children.forEach(visit);
    } else if (block.type === 'paragraph') {
      shape.paragraphs += 1;
      if (block.numbering) shape.numbered[block.numbering] = (shape.numbered[block.numbering] ?? 0) + 1;
      block.children?.forEach(visit);
    } else if (block.type === 'list') {
      shape.listItems.push(block.items.length);
      for (const item of block.items) item.children?.forEach(visit);
    }
  };
  blocks.forEach(visit);
  return shape;
}

/** The structure of a whole document: letter body, signatures, and each annex's parts. */
export function documentShape(document: UnDocument) {
  return {
    kind: document.letter.kind,
    date: document.letter.date,
    letterBody: bodyShape(document.letter.body),
    letterSignatures: document.letter.signatures.map((signature) => ({ roles: signature.roles.length, named: signature.name !== undefined })),
    annexes: document.annexes.map((annex: Annex) => ({
      hasTitle: annex.title !== undefined,
      date: annex.date,
      originalLanguages: annex.originalLanguages.length,
      body: bodyShape(annex.body),
      closing: annex.closing.length,
      signatures: annex.signatures.map((signature) => ({ roles: signature.roles.length, named: signature.name !== undefined })),
    })),
  };
}

/** Entity ids of the given types, sorted and unique. */
export function entityIds(document: UnDocument, types: readonly EntityType[] = ['state', 'organization', 'person']): string[] {
  return [...new Set(document.entities.filter((entity) => types.includes(entity.type)).map((entity) => entity.id))].sort();
}

let documentSchema: ValidateFunction | undefined;

/** Errors of a document's JSON output against schemas/document.schema.json; none when it is valid. */
export async function documentSchemaErrors(document: UnDocument): Promise<ErrorObject[]> {
  documentSchema ??= new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(await readFile(join(projectRoot, 'schemas/document.schema.json'), 'utf8')));
  return documentSchema(JSON.parse(JSON.stringify(document))) ? [] : (documentSchema.errors ?? []);
}

/** A document's Akoma Ntoso output validated against the official schema. */
export async function aknValidation(document: UnDocument): Promise<ValidationResult> {
  const [rendering] = await renderAll(document, emitters.filter((emitter) => emitter.extension === 'akn.xml'));
  return validateAkn(rendering!.content as string);
}
