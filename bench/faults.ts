/**
 * `npm run bench:faults`: the large inputs of issue 18, each run by `ingest` in a process of its own, with
 * its time and peak memory printed.
 *
 * 1. Long texts (several letters one after the other, many lines), 1, 2 and 4 MB with the text limit
 *    raised: the time must grow linearly with the size (seconds per MB about constant).
 * 2. The same on one line (no line break at all): the repair and entity tagging work in pieces.
 * 3. A 30 MB text with the default limits, beside a letter: it stops at once with one line, the letter
 *    is written.
 * 4. A 300-page scan (a page of the scan fixtures repeated with qpdf) beside a letter: time per page and
 *    peak memory; `-- --recorded-ocr` replays the recorded OCR (what the tests do) to time everything but
 *    Tesseract, otherwise tesseract.js reads every page (about half an hour on two cores).
 * `-- --quick` runs the sizes 0.5, 1 and 2 MB and a 60-page scan.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const recorded = process.argv.includes('--recorded-ocr');
const work = mkdtempSync(join(tmpdir(), 'unletters-bench-faults-'));
const letter = join(root, 'fixtures/seeds/002_4204fe919a018fb2.txt');
const seeds = readdirSync(join(root, 'fixtures/seeds'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(root, 'fixtures/seeds', name), 'utf8'));

interface Run {
  seconds: number;
  peakMegabytes: number;
  results: { input: string; ok: boolean; error?: string; seconds: number }[];
}

function run(inputs: string[], options: Record<string, unknown>, environment: Record<string, string> = {}): Run {
  const out = mkdtempSync(join(work, 'out-'));
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/faults/run-one.ts'), out, JSON.stringify(options), ...inputs], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...environment },
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`run failed (${child.status}): ${child.stderr.slice(-2000)}`);
  rmSync(out, { recursive: true, force: true });
  return JSON.parse(line) as Run;
}

/** Letters one after the other until `bytes`, separated by blank lines; or all on one line. */
function longText(bytes: number, oneLine: boolean): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < bytes; index++) {
    const part = oneLine ? seeds[index % seeds.length]!.replace(/\s+/g, ' ') : seeds[index % seeds.length]!;
    parts.push(part);
    length += Buffer.byteLength(part) + 2;
  }
  return parts.join(oneLine ? ' ' : '\n\n');
}

const megabyte = 1024 * 1024;
const rows: string[][] = [];
const row = (what: string, size: string, result: Run, perUnit: string) =>
  rows.push([what, size, result.seconds.toFixed(1), perUnit, result.peakMegabytes.toFixed(0), result.results.map((item) => (item.ok ? 'written' : item.error!)).join('; ')]);

for (const oneLine of [false, true]) {
  for (const size of quick ? [0.5, 1, 2] : [1, 2, 4]) {
    const file = join(work, `long-${oneLine ? 'line' : 'lines'}-${size}mb.txt`);
    writeFileSync(file, longText(size * megabyte, oneLine));
    const result = run([file], { maxTextBytes: 64 * megabyte, timeBudget: 3600 });
    row(oneLine ? 'text on one line' : 'text of many lines', `${size} MB`, result, `${(result.results[0]!.seconds / size).toFixed(1)} s/MB`);
  }
}

const huge = join(work, 'huge-30mb.txt');
writeFileSync(huge, longText(30 * megabyte, false));
const limited = run([huge, letter], {});
row('30 MB text + a letter, default limits', '30 MB', limited, '');

const pages = quick ? 60 : 300;
const scan = join(work, `scan-${pages}-pages.pdf`);
const page = join(root, 'fixtures/scans/seed002-scan-200dpi.pdf');
try {
  execFileSync('qpdf', ['--empty', '--pages', ...Array.from({ length: pages }, () => [page, '1']).flat(), '--', scan]);
  copyFileSync(letter, join(work, 'letter.txt'));
  const environment: Record<string, string> = recorded ? { UNLETTERS_OCR_ENGINE: join(root, 'test/helpers/recorded-ocr.ts') } : {};
  const scanned = run([scan, join(work, 'letter.txt')], { timeBudget: 7200 }, environment);
  row(`${pages}-page scan + a letter${recorded ? ' (recorded OCR)' : ''}`, `${pages} pages`, scanned, `${(scanned.results[0]!.seconds / pages).toFixed(2)} s/page`);
} catch (error) {
  console.log(`scan skipped: ${(error as Error).message.split('\n')[0]} (needs qpdf: scripts/system-tools.sh)`);
}

const header = ['input', 'size', 'seconds', 'per unit', 'peak MB', 'outcome'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((cells) => cells[column]!.length)));
for (const cells of [header, ...rows]) console.log(cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
console.log(`\ncommand: npm run bench:faults${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`);
rmSync(work, { recursive: true, force: true });
