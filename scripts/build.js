#!/usr/bin/env node
// Builds the program `bin/unletters.js` runs: the TypeScript of pipeline/, workers/ and cli/ compiled to
// dist/ (same tree, source maps beside each file), the data files the modules read beside them (JSON tables
// read by folder, the BullMQ sandbox entry), then a stamp the launcher compares with the sources. Run by
// `npm ci` / `npm install` (the `prepare` script) and by `npm run build`. Plain JavaScript: it runs before
// anything is compiled.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const SOURCE_FOLDERS = ['pipeline', 'workers', 'cli'];

rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
if (compiled.status !== 0) {
  rmSync(dist, { recursive: true, force: true });
  // The install goes on: the launcher runs the sources through tsx instead (slower to start, same results).
  console.error('build: tsc failed; bin/unletters.js will run the TypeScript sources through tsx');
  process.exit(0);
}

// Files the compiled modules read at run time by their own location: everything but TypeScript and notes.
for (const folder of SOURCE_FOLDERS) {
  for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || /\.(ts|md)$/.test(entry.name)) continue;
    const from = join(entry.parentPath, entry.name);
    const to = join(dist, relative(root, from));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}

// The entry points bundled with the packages a text letter loads (scripts/bundle.js): a few files to compile
// at start instead of hundreds to resolve and read. Without it the launcher runs dist/'s module tree.
try {
  const { bundle } = await import('./bundle.js');
  await bundle(root, dist);
} catch (error) {
  rmSync(join(dist, 'bundle'), { recursive: true, force: true });
  console.error(`build: no bundle (${error instanceof Error ? error.message.split('\n')[0] : error}); bin/unletters.js will run dist/'s modules`);
}

writeFileSync(join(dist, '.built'), `${new Date().toISOString()}\n`);

// The repair lexicons, expanded from their dictionaries once here rather than by the first run (seconds each),
// and the packed word lists of the French and English word checks.
const lexicons = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const { prepareLexicons } = await import(${JSON.stringify(new URL('../dist/pipeline/repair/index.js', import.meta.url).href)}); console.error('build: repair lexicons ready for ' + (await prepareLexicons()).join(', '));` +
      // The packed word lists of the quick word checks (segmentation's hyphen joins, names, text layers).
      `(await import(${JSON.stringify(new URL('../dist/pipeline/lang/fr/words.js', import.meta.url).href)})).frenchWordForms();` +
      `(await import(${JSON.stringify(new URL('../dist/pipeline/lang/en/words.js', import.meta.url).href)})).englishWordForms();`,
  ],
  { stdio: 'inherit', cwd: root },
);
if (lexicons.status !== 0) console.error('build: the repair lexicons were not prepared; the first run will build them');

// The code cache of the command line's script (scripts/code-cache.js), once the lexicons are ready.
spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.js')], { stdio: 'inherit', cwd: root });
