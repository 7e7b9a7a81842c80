// glibc's malloc serves a block of 128 KB or more by mapping it on its own, but after such a block is freed it
// raises that threshold to the block's size (up to 32 MB): from then on the megabyte-sized buffers of OCR (page
// images handed to the engine, its files and results) come from heaps that are not given back when freed, and
// each engine thread keeps tens of MB that way. A fixed threshold keeps them mapped and unmapped one by one. glibc
// reads it only when the process starts, so `ingest` hands over to a copy of itself started with it set.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { MMAP_THRESHOLD } from '../workers/malloc-threshold.js';

export { MMAP_THRESHOLD };

/** Whether the arguments run a command that reads scans, in a process started without the threshold set. */
export function needsMallocRelaunch(args, env = process.env, platform = process.platform) {
  if (platform !== 'linux' || env.MALLOC_MMAP_THRESHOLD_ !== undefined) return false;
  const operands = args.filter((argument) => !argument.startsWith('-'));
  return operands[0] === 'ingest' && !args.includes('--help') && !args.includes('-h') && !onlyTextInputs(args);
}

/**
 * `ingest`'s options that take a value (cli/commands/ingest.ts), so that the value is not read as an input.
 * An option missing here only makes its value look like an input that is no text file: a restart for nothing.
 */
const VALUE_OPTIONS = new Set(['-o', '--out', '--lang', '--repair-threshold', '--max-size', '--max-text', '--time-budget', '--threads', '--ocr-workers']);

const isText = (name) => name.toLowerCase().endsWith('.txt');
/** Extensions of the inputs that are read as pages (pipeline/runner/inputs.ts). */
const PAGED = /\.(pdf|png|jpe?g|tiff?)$/i;

/**
 * Whether every input of `ingest` is a text file, or a folder holding no PDF or image: a run of text letters
 * holds no page buffers, and the restart would cost it a second start of Node (about a tenth of a cold letter's
 * CPU). Anything unsure (a path that cannot be read) counts as pages.
 */
export function onlyTextInputs(args) {
  const inputs = [];
  for (let index = args.indexOf('ingest') + 1; index < args.length; index++) {
    if (VALUE_OPTIONS.has(args[index])) index++;
    else if (!args[index].startsWith('-')) inputs.push(args[index]);
  }
  try {
    return (
      inputs.length > 0 &&
      inputs.every((input) =>
        statSync(input).isDirectory()
          ? readdirSync(input, { recursive: true, withFileTypes: true }).every((entry) => !entry.isFile() || !PAGED.test(entry.name))
          : isText(input),
      )
    );
  } catch {
    return false;
  }
}

/** Runs this program again in a child with the threshold set, passes signals on, and leaves as the child left. */
export function relaunchWithMallocThreshold() {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, MALLOC_MMAP_THRESHOLD_: MMAP_THRESHOLD },
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  child.on('error', (error) => {
    process.stderr.write(`unletters: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const each of signals) process.off(each, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
