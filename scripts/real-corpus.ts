/**
 * Builds the real-letter corpus folder (fixtures/real/corpus.ts) from a local git copy of its source
 * repository: each PDF is read by the blob id of MANIFEST.tsv, its text extracted with mupdf's `mutool
 * draw -F txt` (the command the annotators read), and both checked against the manifest's SHA-256.
 *
 *   npm run corpus:real -- --from <git dir> [--to <folder>]
 *   npm run corpus:real -- --older <folder> [--to <folder>]
 *
 * The letters of other years (MANIFEST-older.tsv) exist in no repository reachable here: their texts were
 * saved from public pages (fixtures/real/SOURCES.md), and `--older` copies them from the folder they were
 * saved in, checked against the manifest's SHA-256.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readManifest, readOlderManifest, realCorpusFolder } from '../fixtures/real/corpus.ts';

const { values } = parseArgs({ options: { from: { type: 'string' }, older: { type: 'string' }, to: { type: 'string' } } });
if (!values.from && !values.older) {
  console.error('usage: npm run corpus:real -- --from <git dir of littlehifive/ai-un-report> | --older <folder of the saved texts> [--to <folder>]');
  process.exit(2);
}
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

if (values.older) {
  const olderTarget = join(values.to ?? realCorpusFolder(), 'older');
  mkdirSync(olderTarget, { recursive: true });
  for (const row of readOlderManifest()) {
    const from = join(values.older, `${row.id}.txt`);
    let text: Buffer;
    try {
      text = readFileSync(from);
    } catch {
      fail(`${from}: missing (save the text of ${row.sourceUrl} there, as SOURCES.md says)`);
    }
    if (sha256(text) !== row.txtSha256) fail(`${from}: not the annotated text of ${row.id} (its sha256 differs from MANIFEST-older.tsv)`);
    if (resolve(from) !== resolve(join(olderTarget, `${row.id}.txt`))) writeFileSync(join(olderTarget, `${row.id}.txt`), text);
  }
  console.log(`${readOlderManifest().length} letters of other years written to ${olderTarget}`);
  if (!values.from) process.exit(0);
}

const from = values.from!;
const target = join(values.to ?? realCorpusFolder(), 'en');
mkdirSync(target, { recursive: true });
let mismatches = 0;
for (const row of readManifest()) {
  const pdf = output('git', ['--git-dir', from, 'cat-file', 'blob', row.gitBlob], from, 'Debian: apt-get install git');
  if (sha256(pdf) !== row.pdfSha256) fail(`${from}: the blob ${row.gitBlob} is not the annotated PDF of ${row.id}`);
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
