#!/usr/bin/env node
// Runs the compiled program in dist/ (built by `npm ci` / `npm run build`) when it is at least as new as
// every source file; otherwise (no build, or sources edited since) the TypeScript sources through tsx, which
// compiles them on load: slower to start, never stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { needsMallocRelaunch, relaunchWithMallocThreshold } from './malloc-relaunch.js';

// Each regular expression compiled to machine code at its first use. By default V8 interprets a regular
// expression's bytecode first and compiles it on the next use, and it drops the compiled code at garbage
// collection, so the patterns the repair and entity passes run over every letter were interpreted again
// and again. The flag is the process's, so the document threads have it too.
setFlagsFromString('--no-regexp-tier-up');

const root = join(import.meta.dirname, '..');
const stamp = join(root, 'dist', '.built');

/** Newest modification time among the files of the source folders, stopping early once newer than `limit`. */
function sourcesNewerThan(limit) {
  for (const folder of ['pipeline', 'workers', 'cli']) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && !entry.name.endsWith('.test.ts') && statSync(join(entry.parentPath, entry.name)).mtimeMs > limit) return true;
    }
  }
  return false;
}

if (needsMallocRelaunch(process.argv.slice(2))) relaunchWithMallocThreshold();
else await run();

/** The program itself: compiled from dist/ when that is current, else the sources through tsx. */
async function run() {
  const compiled = existsSync(stamp) && !sourcesNewerThan(statSync(stamp).mtimeMs);
  if (compiled) {
    process.setSourceMapsEnabled(true);
    const script = join(root, 'dist', 'bundle', 'program.cjs');
    if (process.argv[2] === 'ingest' && existsSync(script)) {
      // A letter's run: the script with its code cache (bin/program-script.js).
      const { loadProgramScript } = await import('./program-script.js');
      const { createProgram } = loadProgramScript(script, { writeCache: process.env.UNLETTERS_WRITE_CODE_CACHE === '1' });
      await (await createProgram(process.argv.slice(2))).parseAsync(process.argv);
    } else {
      // The bundle (scripts/bundle.js) when the build made one: a few files to compile instead of hundreds.
      await import(existsSync(join(root, 'dist', 'bundle', 'main.js')) ? '../dist/bundle/main.js' : '../dist/cli/main.js');
    }
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../cli/main.ts');
  }
}
