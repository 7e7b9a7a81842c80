// Bundles the program's entry points (the command line, a pool thread's document runner) with esbuild into
// dist/bundle/: each entry one file plus the chunks its lazy imports share, with the packages a text letter
// loads (pdf-lib and fontkit, franc, the retext parser, commander…) inside. Node then compiles a handful of
// files instead of resolving, reading and lexing about 330 modules (pdf-lib alone is 137 CommonJS files, each
// scanned for its exports when imported from ESM): most of a cold letter's start-up. Called by
// scripts/build.js after the TypeScript is compiled into dist/; the launcher uses the bundle when it is
// there, the module tree of dist/ otherwise. Plain JavaScript: it runs before anything is compiled.
//
// Modules of the project that locate files by their own address (`import.meta.url`, `import.meta.dirname`:
// data files, the pool thread's entry, createRequire) are given the address of their compiled copy in dist/,
// so that they find what they found before. Packages not listed in BUNDLED stay outside (native addons,
// WebAssembly, data read beside their own files, or loaded only by other commands) and are imported from
// node_modules as before.
import { rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { deferredPackageWork } from './deferred-package-work.js';

/** Packages put inside the bundle: those a text letter loads, and their dependencies. */
export const BUNDLED = new Set([
  'pdf-lib', '@pdf-lib/fontkit', '@pdf-lib/standard-fonts', '@pdf-lib/upng', 'pako', 'tslib',
  'franc', 'trigram-utils', 'n-gram', 'collapse-white-space',
  'unified', 'vfile', 'vfile-message', 'unist-util-visit-parents', 'unist-util-visit', 'unist-util-visit-children',
  'unist-util-stringify-position', 'unist-util-modify-children', 'unist-util-is', 'trough', 'bail', 'devlop',
  'extend', 'is-plain-obj', 'retext-latin', 'parse-latin', 'nlcst-to-string', 'array-iterate',
  'any-ascii', 'xml-js', 'sax', 'fastest-levenshtein', 'bidi-js', 'commander',
]);

/** The package a bare import names (`@scope/name` or `name`), or undefined for a path or a node: built-in. */
function packageOf(specifier) {
  if (/^[./#]|^node:/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * @param {string} root the project folder
 * @param {string} dist the compiled tree (dist/), whose copies of the modules the bundled ones stand for
 */
export async function bundle(root, dist) {
  const { build } = await import('esbuild');
  const modules = await build(options(root, dist, 'esm'));
  try {
    await programScript(build, root, dist);
  } catch (error) {
    rmSync(join(dist, 'bundle', PROGRAM_SCRIPT), { force: true });
    console.error(`build: no program script (${error instanceof Error ? error.message.split('\n')[0] : error}); bin/unletters.js will run the modules`);
  }
  return modules;
}

/** The command line as one CommonJS script, in dist/bundle/. */
export const PROGRAM_SCRIPT = 'program.cjs';

/**
 * The command line once more as one CommonJS script, which bin/program-script.js compiles with the V8 code
 * cache written beside it by scripts/code-cache.js (Node 20 keeps no compiled code of ES modules between runs).
 */
async function programScript(build, root, dist) {
  await build({
    ...options(root, dist, 'cjs'),
    entryPoints: { program: join(root, 'cli/program.ts') },
    outExtension: { '.js': '.cjs' },
    splitting: false,
  });
  // Code compiled from a code cache cannot run import() itself (Node 20 loses the script's loader with the
  // cache): what it imports (packages outside the bundle, an OCR engine module) goes through the function the
  // launcher hands the script.
  const file = join(dist, 'bundle', PROGRAM_SCRIPT);
  const text = (await readFile(file, 'utf8')).replace(/(?<![\w$.])import\((?!\))/g, '__importPackage(');
  await writeFile(file, text);
}

/**
 * esbuild's options for the bundle as ES modules (`esm`) or as one CommonJS script (`cjs`).
 * @param {string} root
 * @param {string} dist
 * @param {'esm' | 'cjs'} format
 */
function options(root, dist, format) {
  // The bundle's own address: a module's, or the script's, defined by the banner below.
  const base = format === 'esm' ? 'import.meta.url' : '__bundleUrl';
  const sourceFolders = ['pipeline', 'workers', 'cli'].map((folder) => join(root, folder) + '/');
  // The address of a module's compiled copy, relative to the bundle's files (all in dist/bundle/), so that
  // the bundle keeps working when the project folder is moved.
  const compiledPath = (file) => relative(join(dist, 'bundle'), join(dist, relative(root, file))).replace(/\.ts$/, '.js');
  const addresses = {
    name: 'compiled-addresses',
    setup(build) {
      // Packages outside the bundle stay imports resolved by Node from node_modules.
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = packageOf(args.path);
        if (name === undefined || BUNDLED.has(name)) return undefined;
        return { path: args.path, external: true };
      });
      // The project's own modules see the address of their compiled copy.
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (!sourceFolders.some((folder) => args.path.startsWith(folder))) return undefined;
        let contents = await readFile(args.path, 'utf8');
        if (contents.includes('import.meta')) {
          const file = compiledPath(args.path);
          const url = `new URL(${JSON.stringify(file)}, ${base}).href`;
          const path = (relativePath) => `__compiledPath(new URL(${JSON.stringify(relativePath)}, ${base}))`;
          contents = contents
            .replaceAll('import.meta.url', '\0URL')
            .replaceAll('import.meta.dirname', '\0DIRNAME')
            .replaceAll('import.meta.filename', '\0FILENAME');
          if (contents.includes('import.meta')) throw new Error(`${args.path}: import.meta used in a way the bundle cannot keep`);
          contents = `import { fileURLToPath as __compiledPath } from 'node:url';\n${contents
            .replaceAll('\0URL', url)
            .replaceAll('\0DIRNAME', path(dirname(file)))
            .replaceAll('\0FILENAME', path(file))}`;
        }
        return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
      // JSON data parsed by JSON.parse at load, as Node's JSON modules are, not compiled as object literals.
      build.onLoad({ filter: /\.json$/ }, async (args) => ({
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(args.path, 'utf8'))))});`,
        loader: 'js',
      }));
    },
  };
  return {
    entryPoints: {
      main: join(root, 'cli/main.ts'),
      'document-thread': join(root, 'pipeline/runner/document-thread.ts'),
    },
    outdir: join(dist, 'bundle'),
    bundle: true,
    splitting: true,
    format,
    platform: 'node',
    target: 'node20',
    // Node 20 has these regular expressions, but esbuild would rewrite each such literal as `new RegExp(…)`,
    // built again (and its compiled code looked up again) every time the expression runs: in the word loops
    // of repair and entities that is millions of constructions per run.
    supported: { 'regexp-unicode-property-escapes': true, 'regexp-set-notation': true },
    // pdf-lib's ES modules, which the bundle can leave unused parts of (forms, page embedding), not its CommonJS.
    mainFields: ['module', 'main'],
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [deferredPackageWork, addresses],
    // Node's require for the bundled CommonJS code's own requires (Node built-ins: `events`, `stream`), which
    // esbuild's ES module output otherwise refuses at run time.
    banner: {
      js:
        format === 'esm'
          ? "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
          : // Strict like the ES modules it stands for.
            "'use strict'; const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
    },
    metafile: true,
  };
}
