/**
 * The import graph of the program (pipeline, workers, cli; tests left out), read with the TypeScript
 * parser: no module may need itself back through its imports, and the runner, extraction, OCR and the
 * editions depend on one another in one direction only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

interface Edge {
  to: string;
  /** Erased at run time (`import type`, or every name imported is a type). */
  typeOnly: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly || (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((element) => element.isTypeOnly));
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function importGraph(): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const file of ['pipeline', 'workers', 'cli'].flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest);
    const edges: Edge[] = [];
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      edges.push({ to: relative(root, resolve(root, dirname(file), specifier.text)), typeOnly: isTypeOnly(statement) });
    }
    graph.set(file, edges);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the list of nodes from its start back to it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

const graph = importGraph();

describe('imports', () => {
  it('read the program: the runner reaches every stage', () => {
    const runner = graph.get('pipeline/runner/index.ts')!.map((edge) => edge.to);
    expect(runner).toContain('pipeline/stages.ts');
    expect(graph.get('pipeline/stages.ts')!.map((edge) => edge.to)).toEqual(
      expect.arrayContaining(['pipeline/extract/index.ts', 'pipeline/ocr/index.ts', 'pipeline/emit/index.ts', 'pipeline/repair/index.ts']),
    );
  });

  it('hold no cycle between modules at run time', () => {
    const runtime = new Map([...graph].map(([file, edges]) => [file, edges.filter((edge) => !edge.typeOnly).map((edge) => edge.to)]));
    expect(cycles(runtime).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('go one way between the runner, extraction, OCR and the editions, types included', () => {
    const folders = ['pipeline/runner', 'pipeline/extract', 'pipeline/ocr', 'pipeline/emit'];
    const folderOf = (file: string) => folders.find((folder) => file.startsWith(`${folder}/`));
    const between = new Map(folders.map((folder) => [folder, [] as string[]]));
    for (const [file, edges] of graph) {
      const from = folderOf(file);
      if (!from) continue;
      for (const edge of edges) {
        const to = folderOf(edge.to);
        if (to && to !== from && !between.get(from)!.includes(to)) between.get(from)!.push(to);
      }
    }
    expect(cycles(between).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('let the command line check a language code without loading any language', () => {
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const edge of graph.get(file) ?? []) if (!edge.typeOnly) walk(edge.to);
    };
    walk('cli/options.ts');
    expect([...reached].filter((file) => file.startsWith('pipeline/lang/') && file !== 'pipeline/lang/codes.ts')).toEqual([]);
  });
});
