// glibc's malloc serves a block of 128 KB or more by mapping it on its own, but after such a block is freed it
// raises that threshold to the block's size (up to 32 MB): from then on the megabyte-sized buffers of OCR (page
// images handed to the engine, its files and results) come from heaps that are not given back when freed, and
// each engine thread keeps tens of MB that way. A fixed threshold keeps them mapped and unmapped one by one. glibc
// reads it only when the process starts, so `ingest` hands over to a copy of itself started with it set.
import { spawn } from 'node:child_process';
import { MMAP_THRESHOLD } from '../workers/malloc-threshold.js';

export { MMAP_THRESHOLD };

/** Whether the arguments run a command that reads scans, in a process started without the threshold set. */
export function needsMallocRelaunch(args, env = process.env, platform = process.platform) {
  if (platform !== 'linux' || env.MALLOC_MMAP_THRESHOLD_ !== undefined) return false;
  const operands = args.filter((argument) => !argument.startsWith('-'));
  return operands[0] === 'ingest' && !args.includes('--help') && !args.includes('-h');
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
