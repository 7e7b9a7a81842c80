/**
 * Runs every benchmark one after the other, each in its own process so that one's warm caches and
 * workers do not flatter the next: `npm run bench`. Each prints its own figures and command.
 * `npm run bench -- segment repair` runs only those.
 */
import { spawnSync } from 'node:child_process';

const all = ['segment', 'real', 'repair', 'entities', 'parallel', 'pdf', 'ocr', 'queue', 'scale', 'faults'];
const chosen = process.argv.slice(2).filter((name) => !name.startsWith('-'));
const unknown = chosen.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (known: ${all.join(', ')})`);
  process.exit(2);
}

const failed: string[] = [];
for (const name of chosen.length > 0 ? chosen : all) {
  console.log(`\n=== npm run bench:${name}`);
  const result = spawnSync('npm', ['run', '--silent', `bench:${name}`], { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nbenchmarks that failed: ${failed.join(', ')}`);
  process.exit(1);
}
