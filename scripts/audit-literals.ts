/**
 * Audit: no stage holds a literal of a letter's language of its own (issue 9; French, English, Spanish,
 * Russian since issue 19). Scans the string, template and
 * regular-expression literals of `pipeline/**` outside `pipeline/lang/**` (and data files beside them)
 * for words of the letters' languages — UN cue words, month names, French function words, accented
 * words — and lists each finding as `file:line:column`.
 *
 * Literals that are the program's own messages (arguments of `new …Error(…)`, of `warn`/`log`/`write`/
 * `push` calls on warnings) are the interface's language, not the letters', and are not findings; nor
 * are type-level literals, import paths and comments.
 *
 * Usage: `npx tsx scripts/audit-literals.ts [root …] [--tests] [--json]`; exit 1 when something is found.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { defaultLanguages, languageResources } from '../pipeline/lang/index.ts';

export interface LiteralFinding {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The literal as written, shortened. */
  literal: string;
  /** The language words found in it. */
  words: string[];
}

/**
 * Words that only letter text uses: UN letter cues in both languages and French function words. Generic
 * English function words are left out on purpose: they fill the program's own messages.
 */
const CUE_WORDS = [
  // English cues
  'letter', 'letters', 'annex', 'annexes', 'annexed', 'signed', 'dated', 'addressed', 'secretary',
  'secretary-general', 'representative', 'representatives', 'permanent', 'president', 'minister',
  'ministers', 'ambassador', 'honour', 'herewith', 'agenda', 'session', 'council', 'assembly', 'united',
  'nations', 'identical', 'original', 'circulated', 'declaration', 'statement', 'republic', 'kingdom',
  'federation', 'government', 'organization', 'foreign', 'affairs', 'chargé', 'excellency',
  // French cues and function words
  'lettre', 'lettres', 'annexe', 'annexes', 'signé', 'signée', 'datée', 'datées', 'adressée', 'adressées',
  'secrétaire', 'représentant', 'représentante', 'représentants', 'président', 'présidente', 'ministre',
  'ambassadeur', 'honneur', 'ci-joint', 'ci-jointe', 'ordre', 'conseil', 'assemblée', 'nations', 'unies',
  'identiques', 'déclaration', 'république', 'royaume', 'fédération', 'gouvernement', 'organisation',
  'affaires', 'étrangères', 'auprès', 'point', 'points', 'original', 'russe', 'anglais', 'français',
  'à', 'le', 'la', 'les', 'du', 'des', 'et', 'au', 'aux', 'une', 'par', 'pour', 'dans', 'sur', 'avec', 'qui',
  'que', 'est', 'sont', 'nous', 'vous', 'je', 'ce', 'cette', 'ces', 'leur', 'leurs',
  // Spanish cues and function words (accented ones are caught by ACCENTED; Russian by its script)
  'carta', 'cartas', 'anexo', 'anexos', 'firmado', 'firmada', 'fecha', 'dirigida', 'dirigidas', 'secretario',
  'presidenta', 'presidencia', 'ministro', 'ministra', 'embajador', 'embajadora', 'adjunto', 'adjunta',
  'tema', 'temas', 'programa', 'período', 'sesiones', 'consejo', 'asamblea', 'naciones', 'unidas', 'idénticas',
  'declaración', 'república', 'reino', 'federación', 'gobierno', 'organización', 'asuntos', 'exteriores', 'ante',
  'permanente', 'representante', 'encargado', 'negocios', 'inglés', 'francés', 'ruso', 'español',
  'el', 'los', 'las', 'del', 'por', 'con', 'una', 'sus',
];

/** A word holding a letter of a script the program's own messages never use: Russian (and any Cyrillic) text. */
const OTHER_SCRIPT = /\p{Script=Cyrillic}/u;

/** Words written with an elision (`l’Organisation`, `d’Ouzbékistan`) are French whatever follows. */
const ELISION = /^(?:l|d|qu|j|n|s|c|m|t)['’]/iu;
/** A word holding a letter with a diacritic that English text does not use. */
const ACCENTED = /[àâäçéèêëîïôöûùüÿœæ]/iu;

/** Calls whose string arguments are the program's own messages. */
const MESSAGE_CALL = /(?:^|\.)(?:warn|warning|warnings\.push|log|info|debug|error|write|writeln|message|fail|reject)$|Error$/u;

/** Folders whose literals are language data by design. */
const EXEMPT_FOLDERS = ['pipeline/lang/'];
const SOURCE_EXTENSIONS = new Set(['.ts', '.mts', '.js', '.mjs']);
const DATA_EXTENSIONS = new Set(['.json', '.txt', '.csv', '.tsv']);

function wordSet(): Set<string> {
  const words = new Set(CUE_WORDS.map((word) => word.toLowerCase()));
  for (const code of defaultLanguages.codes) {
    const language = languageResources(code);
    for (const month of language.months) words.add(month.toLowerCase());
    for (const forms of language.monthForms ?? []) for (const form of forms) words.add(form.toLowerCase());
  }
  return words;
}

const WORDS = wordSet();

/**
 * Words of the document model's own vocabulary (field and type names split at capitals, string literal
 * types): `letter.title`, `annex_${n}` and `'signed'` are ids and field names, not letter text.
 */
async function modelVocabulary(): Promise<Set<string>> {
  const text = await readFile(new URL('../pipeline/model/index.ts', import.meta.url), 'utf8');
  const source = ts.createSourceFile('model.ts', text, ts.ScriptTarget.Latest, true);
  const words = new Set<string>();
  const add = (name: string) => {
    for (const part of name.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/u)) if (part) words.add(part.toLowerCase());
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) add(node.text);
    else if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) add(node.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return words;
}

const MODEL_WORDS = await modelVocabulary();

/** Akoma Ntoso element names that happen to be French words (`<point>` of a `<list>`): markup, not letter text. */
const MARKUP_WORDS = new Set(['point']);

/** Whether a literal is an id, a field name or an enum value: one token, every word of it the model's. */
function isModelIdentifier(text: string): boolean {
  if (/\s/u.test(text) || text === '') return false;
  const parts = text.match(/\p{L}+/gu) ?? [];
  return parts.length > 0 && parts.every((part) => MODEL_WORDS.has(part.toLowerCase()) || MARKUP_WORDS.has(part));
}

/** A run of one letter's accented variants (`eéèêë`): a folding table, not a word. */
function isCharacterTable(token: string): boolean {
  const bases = new Set(token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  return token.length > 1 && bases.size === 1;
}

/** The language words a piece of text holds; regex sources are read with their escapes turned to spaces. */
export function languageWords(text: string, isRegex = false): string[] {
  let readable = text;
  if (isRegex) {
    readable = readable
      .replace(/\\[pPu]\{[^}]*\}/gu, ' ')
      .replace(/\\[sSdDwWbBnrt]/gu, ' ')
      .replace(/\[([^\]]*)\]/gu, (_whole, inside: string) => (/^[\p{L}]+$/u.test(inside) ? inside[0]! : ' '))
      .replace(/\(\?[:=!<]+/gu, ' ')
      .replace(/[\\^$*+?{}()|.]/gu, ' ');
  }
  const found = new Set<string>();
  for (const token of readable.match(/[\p{L}][\p{L}'’-]*/gu) ?? []) {
    const lower = token.toLowerCase();
    const bare = lower.replace(/['’-]+$/u, '');
    if (isCharacterTable(bare) || (bare.length === 1 && !WORDS.has(bare))) continue;
    if (WORDS.has(bare) || ELISION.test(bare) || ACCENTED.test(bare) || OTHER_SCRIPT.test(bare)) found.add(token);
  }
  return [...found];
}

/** The findings in one TypeScript or JavaScript source. */
export function auditSource(file: string, text: string): LiteralFinding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const findings: LiteralFinding[] = [];
  const report = (node: ts.Node, literal: string, isRegex: boolean) => {
    if (isModelIdentifier(isRegex ? literal.replace(/\\d|[\\^$*+?{}()|[\]]/gu, '') : literal)) return;
    const words = languageWords(literal, isRegex);
    if (words.length === 0) return;
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    findings.push({ file, line: line + 1, column: character + 1, literal: shorten(node.getText(source)), words });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isImportTypeNode(node) || ts.isExternalModuleReference(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      if (MESSAGE_CALL.test(node.expression.getText(source))) return;
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    }
    if (ts.isThrowStatement(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) report(node, node.text, false);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) report(node, node.text, false);
    else if (ts.isRegularExpressionLiteral(node)) report(node, node.text.replace(/\/[a-z]*$/u, '').slice(1), true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** The findings in a data file: every line that holds language words. */
export function auditData(file: string, text: string): LiteralFinding[] {
  const findings: LiteralFinding[] = [];
  text.split('\n').forEach((line, index) => {
    const words = languageWords(line);
    if (words.length > 0) findings.push({ file, line: index + 1, column: 1, literal: shorten(line.trim()), words });
  });
  return findings;
}

export interface AuditOptions {
  /** Also audit `*.test.ts` files (off by default: test inputs are letters). */
  tests?: boolean;
}

/** Audits every source and data file under the given folders (relative to `projectRoot`). */
export async function auditTree(projectRoot: string, folders = ['pipeline'], options: AuditOptions = {}): Promise<LiteralFinding[]> {
  const findings: LiteralFinding[] = [];
  for (const folder of folders) {
    for (const path of await listFiles(join(projectRoot, folder))) {
      const file = relative(projectRoot, path).split(sep).join('/');
      if (EXEMPT_FOLDERS.some((exempt) => file.startsWith(exempt))) continue;
      if (!options.tests && /\.test\.[mc]?[jt]s$/u.test(file)) continue;
      const extension = extname(file);
      if (SOURCE_EXTENSIONS.has(extension)) findings.push(...auditSource(file, await readFile(path, 'utf8')));
      else if (DATA_EXTENSIONS.has(extension)) findings.push(...auditData(file, await readFile(path, 'utf8')));
    }
  }
  return findings;
}

async function listFiles(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/gu, ' ');
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}

export function formatFinding(finding: LiteralFinding): string {
  return `${finding.file}:${finding.line}:${finding.column}  ${finding.literal}  [${finding.words.join(', ')}]`;
}

async function main(argv: string[]): Promise<number> {
  const tests = argv.includes('--tests');
  const json = argv.includes('--json');
  const folders = argv.filter((argument) => !argument.startsWith('--'));
  const findings = await auditTree(process.cwd(), folders.length > 0 ? folders : ['pipeline'], { tests });
  if (json) process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else for (const finding of findings) process.stdout.write(`${formatFinding(finding)}\n`);
  const files = new Set(findings.map((finding) => finding.file)).size;
  process.stderr.write(`${findings.length} language literals in ${files} files outside pipeline/lang/\n`);
  return findings.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
