/**
 * Builds the real-letter corpus folder (fixtures/real/corpus.ts) from a local git copy of its source
 * repository: each PDF is read by the blob id of MANIFEST.tsv, its text extracted with mupdf's `mutool
 * draw -F txt` (the command the annotators read), and both checked against the manifest's SHA-256.
 *
 *   npm run corpus:real -- --from <git dir> [--to <folder>]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readManifest, realCorpusFolder } from '../fixtures/real/corpus.ts';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
if (!values.from) {
  console.error('usage: npm run corpus:real -- --from <git dir of littlehifive/ai-un-report> [--to <folder>]');
  process.exit(2);
}
const target = join(values.to ?? realCorpusFolder(), 'en');
mkdirSync(target, { recursive: true });
/** Ends the run with one line naming the file and the problem (no stack trace). */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The output of a tool; a tool that is not installed or fails ends the run with one line. */
function output(tool: string, args: string[], file: string, install: string): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') fail(`${file}: ${tool} is not installed (${install})`);
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0];
    fail(`${file}: ${tool} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
let mismatches = 0;
for (const row of readManifest()) {
  const pdf = output('git', ['--git-dir', values.from, 'cat-file', 'blob', row.gitBlob], values.from, 'Debian: apt-get install git');
  if (sha256(pdf) !== row.pdfSha256) fail(`${values.from}: the blob ${row.gitBlob} is not the annotated PDF of ${row.id}`);
  const pdfPath = join(target, `${row.id}.pdf`);
  writeFileSync(pdfPath, pdf);
  // mutool draw -F txt is what the annotators read; another extractor would give other lines.
  const text = output('mutool', ['draw', '-q', '-F', 'txt', pdfPath], pdfPath, 'Debian: apt-get install mupdf-tools');
  writeFileSync(join(target, `${row.id}.txt`), text);
  if (sha256(text) !== row.txtSha256) {
    mismatches += 1;
    console.error(`${row.id}: this mutool extracts another text than the annotated one (its sha256 differs)`);
  }
}
console.log(`${readManifest().length} letters written to ${target}${mismatches ? `, ${mismatches} texts differ` : ''}`);
process.exit(mismatches ? 1 : 0);
