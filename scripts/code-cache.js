#!/usr/bin/env node
// Writes the V8 code cache of the program script (dist/bundle/program.cjs, read by bin/program-script.js): the
// program ingests the English and French fixture letters once, and the bytecode of every function that run
// compiled is saved beside the script, so that a user's first letter starts without compiling them again.
// Run by scripts/build.js after the lexicons are prepared (the run would otherwise time their building).
// Plain JavaScript: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const script = join(root, 'dist', 'bundle', 'program.cjs');

if (existsSync(script)) {
  const letters = ['en', 'fr'].flatMap((language) => {
    const folder = join(root, 'fixtures', 'letters', language);
    return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => join(folder, name)) : [];
  });
  const out = mkdtempSync(join(tmpdir(), 'unletters-code-cache-'));
  try {
    const run = spawnSync(process.execPath, [join(root, 'bin', 'unletters.js'), 'ingest', ...letters, '--out', out, '--quiet', '--threads', '1'], {
      stdio: 'inherit',
      env: { ...process.env, UNLETTERS_WRITE_CODE_CACHE: '1' },
    });
    console.error(run.status === 0 ? 'build: code cache written' : 'build: no code cache (the sample run failed); letters start slower');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
