/**
 * Speed and memory at scale, as the user runs the program (`bin/unletters.js`, each run a fresh process):
 * start-up, one text letter cold, text letters per second in-process and through 1 and 2 queue workers,
 * and a 7-page and a 40-page French scan (made from the seed letters' text, pages at 150, 200 and 300 dpi
 * with scanner noise) against OCRmyPDF (default and `--deskew --clean`) and native `tesseract` on the same
 * pages: wall time, CPU time and peak memory, and the ratios. Runs are interleaved and the median kept.
 * OCRmyPDF is optional (`apt-get install ocrmypdf unpaper`): its rows say so when it is missing.
 *   npm run bench:scale [-- --runs 3] [--quick] [--scans]   (--scans: only the scan rows)
 */
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { ARCHIVE_SCAN, degrade, imageOnlyPdf, rasterize, toJpeg, typeset } from '../fixtures/scan-fixtures.ts';
import { pageImage } from '../pipeline/ocr/index.ts';
import { startLocalRedis } from '../test/setup/redis.ts';
import { stopWorkers, untilServing } from './workers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/unletters.js');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const scansOnly = args.includes('--scans');
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : quick ? 1 : 3;
const cores = availableParallelism();

interface Measure {
  wall: number;
  cpu: number;
  /** Peak resident memory, MB: of the process, or of its largest child process (GNU time's %M). */
  peak: number;
}

const hasTime = spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0;
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Runs a command under GNU time: wall seconds, CPU seconds (user + system) and peak memory. */
function measured(command: string[], env: NodeJS.ProcessEnv = process.env): Measure {
  const started = performance.now();
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'SCALE %U %S %M', ...command], { env, encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(command[0]!, command.slice(1), { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}): ${(result.stderr ?? '').slice(-600)}`);
  const line = /SCALE (\S+) (\S+) (\d+)/.exec(result.stderr ?? '');
  return { wall, cpu: line ? Number(line[1]) + Number(line[2]) : NaN, peak: line ? Number(line[3]) / 1024 : NaN };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each runner once per round, rounds interleaved (so that a busy moment hurts every side alike); medians. */
function interleaved(runners: Record<string, () => Measure>, rounds = runs): Record<string, Measure> {
  const all: Record<string, Measure[]> = Object.fromEntries(Object.keys(runners).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) for (const [name, run] of Object.entries(runners)) all[name]!.push(run());
  return Object.fromEntries(
    Object.entries(all).map(([name, list]) => [name, { wall: median(list.map((m) => m.wall)), cpu: median(list.map((m) => m.cpu)), peak: median(list.map((m) => m.peak)) }]),
  );
}

const seconds = (value: number) => `${value.toFixed(2)} s`;
const megabytes = (value: number) => (Number.isNaN(value) ? '?' : `${Math.round(value)} MB`);
const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;
const rows: string[][] = [];
const row = (...cells: string[]) => rows.push(cells);

/** Text letters: the seeds and the fixture letters in turn, under distinct names. */
async function textLetters(folder: string, count: number): Promise<string> {
  await mkdir(folder, { recursive: true });
  const sources: string[] = [];
  for (const sub of ['fixtures/seeds', 'fixtures/letters/fr', 'fixtures/letters/en']) {
    const names = await readdir(join(root, sub)).catch(() => [] as string[]);
    for (const name of names.filter((file) => file.endsWith('.txt')).sort()) sources.push(join(root, sub, name));
  }
  for (let index = 0; index < count; index++) await copyFile(sources[index % sources.length]!, join(folder, `letter-${String(index).padStart(3, '0')}.txt`));
  return folder;
}

/** A French scan of `pages` pages: the French seeds' text typeset, pages at 150, 200 and 300 dpi in turn, degraded. */
async function frenchScan(path: string, pages: number): Promise<void> {
  const seeds = (await readdir(join(root, 'fixtures/seeds'))).filter((name) => name.endsWith('.txt')).sort();
  const texts = await Promise.all(seeds.map((name) => readFile(join(root, 'fixtures/seeds', name), 'utf8')));
  let text = '';
  for (let index = 0; text.length < pages * 4000; index++) text += `${texts[index % texts.length]}\n\n`;
  const set = await typeset(text, pages);
  const jpegs: Uint8Array[] = [];
  for (let index = 0; index < set.pages.length; index++) {
    const dpi = [150, 200, 300][index % 3]!;
    jpegs.push(await toJpeg(await degrade(rasterize(set.pdf, index, dpi), { ...ARCHIVE_SCAN, seed: 700 + index }), 45));
  }
  await writeFile(path, await imageOnlyPdf(jpegs));
}

/** The scan's pages as PNG files at the resolution unletters reads them at, for native tesseract. */
async function pagePngs(pdf: string, folder: string, pages: number): Promise<string[]> {
  const bytes = new Uint8Array(await readFile(pdf));
  const pngs: string[] = [];
  for (let number = 1; number <= pages; number++) {
    const image = await pageImage({ name: pdf, bytes }, number);
    const png = join(folder, `page-${number}.png`);
    await sharp(Buffer.from(image.pixels), { raw: { width: image.width, height: image.height, channels: 1 } }).withDensity(image.dpi).png({ compressionLevel: 1 }).toFile(png);
    pngs.push(png);
  }
  return pngs;
}

/** Native tesseract over the pages, one process per core at a time (one thread each), as one measure. */
function nativeTesseract(pngs: string[], folder: string): Measure {
  const script = `printf '%s\\n' ${pngs.map((png) => `'${png}'`).join(' ')} | xargs -P ${cores} -I{} sh -c 'tesseract "{}" "{}.out" -l fra >/dev/null 2>&1'`;
  return measured(['sh', '-c', script], { ...process.env, OMP_THREAD_LIMIT: '1', TMPDIR: folder });
}

async function spawnWorker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'worker', '--concurrency', '1'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  return untilServing(child);
}

/** Seconds for `ingest --queue` of the folder with `count` worker processes, warmed on a few letters first. */
async function throughQueue(folder: string, warmUp: string, count: number, scratch: string, url: string): Promise<number> {
  const prefix = `scale-${count}-${Date.now()}`;
  const env = { ...process.env, REDIS_URL: url, UNLETTERS_QUEUE_PREFIX: prefix, UNLETTERS_SHARED: scratch };
  const workers: ChildProcess[] = [];
  try {
    for (let index = 0; index < count; index++) workers.push(await spawnWorker(env));
    measured([process.execPath, bin, 'ingest', warmUp, '--out', join(scratch, `${prefix}-warm`), '--queue', '--quiet'], env);
    return measured([process.execPath, bin, 'ingest', folder, '--out', join(scratch, `${prefix}-out`), '--queue', '--quiet'], env).wall;
  } finally {
    await stopWorkers(workers);
  }
}

const scratch = await mkdtemp(join(tmpdir(), 'unletters-bench-scale-'));
try {
  console.log(`command: npm run bench:scale${args.length ? ` -- ${args.join(' ')}` : ''}`);
  const built = spawnSync('sh', ['-c', `test -f ${join(root, 'dist/.built')}`]).status === 0;
  console.log(`${cores} cores; ${runs} interleaved run(s) per figure, medians; unletters from ${built ? 'dist/ (compiled), unless a source is newer' : 'the TypeScript sources (no build: run npm run build)'}`);

  if (!scansOnly) {
    // Start-up and one letter cold.
    const seed = join(root, 'fixtures/seeds', (await readdir(join(root, 'fixtures/seeds'))).filter((name) => name.endsWith('.txt')).sort()[0]!);
    const start = interleaved({
      help: () => measured([process.execPath, bin, '--help']),
      one: () => measured([process.execPath, bin, 'ingest', seed, '--out', join(scratch, 'one'), '--quiet']),
    });
    row('`unletters --help`', seconds(start.help!.wall), megabytes(start.help!.peak), 'target < 0.3 s');
    row('one short text letter, cold', seconds(start.one!.wall), megabytes(start.one!.peak), 'target < 1.5 s');

    // Text letters in-process.
    const counts = quick ? [1, 20] : [1, 20, 200];
    for (const count of counts) {
      const folder = await textLetters(join(scratch, `text-${count}`), count);
      const text = interleaved({
        pool: () => measured([process.execPath, bin, 'ingest', folder, '--out', join(scratch, `out-${count}`), '--quiet']),
        single: () => measured([process.execPath, bin, 'ingest', folder, '--out', join(scratch, `out-${count}-1`), '--quiet', '--threads', '1']),
      }, count >= 200 ? 1 : runs);
      row(`${count} text letters in-process, ${cores} threads`, seconds(text.pool!.wall), megabytes(text.pool!.peak), `${(count / text.pool!.wall).toFixed(1)} letters/s, CPU ${seconds(text.pool!.cpu)}${count >= 200 ? ' (target ≥ 10/s)' : ''}`);
      row(`${count} text letters in-process, 1 thread`, seconds(text.single!.wall), megabytes(text.single!.peak), `${(count / text.single!.wall).toFixed(1)} letters/s; threads ${ratio(text.single!.wall, text.pool!.wall)} faster`);
    }

    // Text letters through the queue.
    if (has('redis-server') || process.env.REDIS_URL) {
      const redis = process.env.REDIS_URL ? undefined : await startLocalRedis();
      try {
        const url = process.env.REDIS_URL ?? redis!.url;
        const count = quick ? 20 : 200;
        const folder = await textLetters(join(scratch, 'queue-in'), count);
        const warmUp = await textLetters(join(scratch, 'queue-warm'), 4);
        const one = await throughQueue(folder, warmUp, 1, scratch, url);
        const two = await throughQueue(folder, warmUp, 2, scratch, url);
        row(`${count} text letters, queue, 1 worker`, seconds(one), '', `${(count / one).toFixed(1)} letters/s`);
        row(`${count} text letters, queue, 2 workers`, seconds(two), '', `${(count / two).toFixed(1)} letters/s; 2 workers ${ratio(one, two)} 1 worker (target ≥ 1.8×)`);
      } finally {
        redis?.stop();
        if (redis) await rm(redis.folder, { recursive: true, force: true });
      }
    } else {
      row('text letters through the queue', 'skipped: no redis-server (apt-get install redis-server) and no REDIS_URL', '', '');
    }
  }

  // Scans: ours against OCRmyPDF and native tesseract.
  const ocrmypdf = has('ocrmypdf');
  const unpaper = has('unpaper');
  const perPage: Record<number, { wall: number; peak: number }> = {};
  for (const pages of quick ? [7] : [7, 40]) {
    const pdf = join(scratch, `scan-${pages}.pdf`);
    await frenchScan(pdf, pages);
    const pngFolder = join(scratch, `png-${pages}`);
    await mkdir(pngFolder, { recursive: true });
    const pngs = await pagePngs(pdf, pngFolder, pages);
    const runners: Record<string, () => Measure> = {
      ours: () => measured([process.execPath, bin, 'ingest', pdf, '--out', join(scratch, `scan-out-${pages}`), '--quiet']),
      native: () => nativeTesseract(pngs, pngFolder),
    };
    if (ocrmypdf && pages === 7) {
      runners.ocrmypdf = () => measured(['ocrmypdf', '-l', 'fra', '--force-ocr', '--output-type', 'pdf', '-q', pdf, join(scratch, 'ocrmypdf.pdf')]);
      if (unpaper) runners.cleaning = () => measured(['ocrmypdf', '-l', 'fra', '--force-ocr', '--deskew', '--clean', '--output-type', 'pdf', '-q', pdf, join(scratch, 'ocrmypdf-clean.pdf')]);
    }
    const scan = interleaved(runners, pages >= 40 ? 1 : runs);
    const ours = scan.ours!;
    perPage[pages] = { wall: ours.wall / pages, peak: ours.peak };
    row(`${pages}-page scan, unletters`, seconds(ours.wall), megabytes(ours.peak), `CPU ${seconds(ours.cpu)}, ${seconds(ours.wall / pages)} a page${pages === 7 ? ' (target peak ≤ 400 MB)' : ''}`);
    row(`${pages}-page scan, native tesseract (${cores} at a time, pages rendered beforehand)`, seconds(scan.native!.wall), megabytes(scan.native!.peak), `unletters ${ratio(ours.wall, scan.native!.wall)} wall, ${ratio(ours.cpu, scan.native!.cpu)} CPU${pages === 7 ? ' (target ≤ 1.25×)' : ''}`);
    if (scan.ocrmypdf) row(`${pages}-page scan, OCRmyPDF default`, seconds(scan.ocrmypdf.wall), megabytes(scan.ocrmypdf.peak), `unletters ${ratio(ours.wall, scan.ocrmypdf.wall)} wall (target ≤ 0.8×), ${ratio(ours.cpu, scan.ocrmypdf.cpu)} CPU, ${ratio(ours.peak, scan.ocrmypdf.peak)} memory`);
    if (scan.cleaning) row(`${pages}-page scan, OCRmyPDF --deskew --clean`, seconds(scan.cleaning.wall), megabytes(scan.cleaning.peak), `unletters ${ratio(ours.wall, scan.cleaning.wall)} wall, ${ratio(ours.cpu, scan.cleaning.cpu)} CPU`);
    if (pages === 7 && !ocrmypdf) row('OCRmyPDF', 'skipped: not installed (apt-get install ocrmypdf unpaper)', '', '');
    if (pages === 7 && ocrmypdf && !unpaper) row('OCRmyPDF --deskew --clean', 'skipped: unpaper not installed', '', '');
  }
  if (perPage[40] && perPage[7]) {
    row('40-page scan against 7-page', ratio(perPage[40].wall, perPage[7].wall), ratio(perPage[40].peak, perPage[7].peak), 'time a page (target within 1.10×), peak memory (target ≤ 1.00×)');
  }

  console.log('\n| what | wall | peak memory | figures |\n|---|---|---|---|');
  for (const cells of rows) console.log(`| ${cells.join(' | ')} |`);
  console.log('\npeak memory: GNU time %M of the command (for OCRmyPDF and tesseract, its largest process)');
} finally {
  await rm(scratch, { recursive: true, force: true });
}
