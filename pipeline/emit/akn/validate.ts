/**
 * Validation against the official OASIS Akoma Ntoso 3.0 schema with xmllint-wasm (libxml2 in
 * WebAssembly: no native tool needed). The schema is not shipped with unletters; it is looked for in
 * the given folder or file, then `AKN_XSD`, then `../shared/schemas/akn/` beside the project.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { PROJECT_ROOT } from '../../project-root.ts';

const SCHEMA_FILE = 'akomantoso30.xsd';
/** Imported by the schema as `./xml.xsd`. */
const XML_SCHEMA_FILE = 'xml.xsd';

export const SCHEMA_SOURCE =
  'the OASIS Akoma Ntoso 3.0 schema (akomantoso30.xsd with xml.xsd beside it) from docs.oasis-open.org/legaldocml/akn-core/v1.0/os/part2-specs/schemas/';

export const DEFAULT_SCHEMA_DIR = resolve(PROJECT_ROOT, '../shared/schemas/akn');

export class SchemaNotFoundError extends Error {
  override readonly name = 'SchemaNotFoundError';
}

export interface ValidationError {
  /** 1-based line in the validated XML, when xmllint gives one. */
  line?: number;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  errors: ValidationError[];
}

interface SchemaFiles {
  schema: string;
  xmlSchema: string;
  path: string;
}

const loaded = new Map<string, Promise<SchemaFiles>>();

/**
 * Where the schema is: `schema` (a folder or the .xsd itself), else `AKN_XSD`, else the default folder.
 * Returns the path of akomantoso30.xsd; throws SchemaNotFoundError naming where to get it.
 */
export async function locateSchema(schema?: string): Promise<string> {
  const given = schema ?? process.env.AKN_XSD;
  const candidate = given ? resolve(given) : DEFAULT_SCHEMA_DIR;
  const file = (await isDirectory(candidate)) ? join(candidate, SCHEMA_FILE) : candidate;
  if (!(await isFile(file))) {
    const origin = schema ? '--schema' : process.env.AKN_XSD ? 'AKN_XSD' : 'the default place';
    throw new SchemaNotFoundError(`no Akoma Ntoso schema at ${file} (from ${origin}); get ${SCHEMA_SOURCE} and pass its folder with --schema or AKN_XSD`);
  }
  if (!(await isFile(join(dirname(file), XML_SCHEMA_FILE)))) {
    throw new SchemaNotFoundError(`${file} needs ${XML_SCHEMA_FILE} beside it (it imports ./xml.xsd); get ${SCHEMA_SOURCE}`);
  }
  return file;
}

async function loadSchema(schema?: string): Promise<SchemaFiles> {
  const path = await locateSchema(schema);
  let files = loaded.get(path);
  if (!files) {
    files = Promise.all([readFile(path, 'utf8'), readFile(join(dirname(path), XML_SCHEMA_FILE), 'utf8')]).then(([main, xml]) => ({ schema: main, xmlSchema: xml, path }));
    files.catch(() => loaded.delete(path));
    loaded.set(path, files);
  }
  return files;
}

/** Validates Akoma Ntoso XML text against the official schema. */
export async function validateAkn(xml: string, schema?: string, fileName = 'document.akn.xml'): Promise<ValidationResult> {
  const files = await loadSchema(schema);
  // xmllint-wasm refuses names that look like options; the name only labels the messages.
  const label = basename(fileName).replace(/^-+/, '') || 'document.akn.xml';
  const result = await validateXML({
    xml: [{ fileName: label, contents: xml }],
    schema: [{ fileName: basename(files.path), contents: files.schema }],
    preload: [{ fileName: XML_SCHEMA_FILE, contents: files.xmlSchema }],
    initialMemoryPages: 1024,
    maxMemoryPages: 16384,
  });
  return {
    valid: result.valid,
    errors: result.errors.map((error) => ({ ...(error.loc ? { line: error.loc.lineNumber } : {}), message: error.message })),
  };
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
