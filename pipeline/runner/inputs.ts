import type { Stats } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { escapeControls } from './names.ts';

/** File extensions picked up when a folder is given; a file named explicitly is always tried. */
export const INPUT_EXTENSIONS = new Set(['.txt', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff']);

export interface InputProblem {
  path: string;
  message: string;
}

export interface ExpandedInputs {
  /** Regular files to process, each once, in the order given (folders: sorted, recursively). */
  inputs: string[];
  /** Inputs that cannot be processed: one line each; they count as failed. */
  problems: InputProblem[];
  /** Entries of folders left out on purpose (symbolic links): one line each; not failures. */
  skipped: InputProblem[];
}

/**
 * File names whose bytes are not UTF-8 cannot be written as JavaScript strings: such a file is listed
 * under a name with replacement characters, and read through the bytes of its real path kept here.
 */
const bytePaths = new Map<string, Buffer>();

/** Reads an input found by `expandInputs` (its real path may not be UTF-8). */
export function readInput(path: string): Promise<Buffer> {
  return readFile(bytePaths.get(path) ?? path);
}

/** The path to open for an input found by `expandInputs`. */
export function inputLocation(path: string): string | Buffer {
  return bytePaths.get(path) ?? path;
}

/** Files named on the command line, and the input files found (recursively, sorted) in folders named. */
export async function expandInputs(paths: string[]): Promise<ExpandedInputs> {
  const found: { path: string; location: string | Buffer; info: Stats }[] = [];
  const problems: InputProblem[] = [];
  const skipped: InputProblem[] = [];
  for (const path of paths) {
    const shown = escapeControls(path);
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'symbolic link loop' : code === 'ENAMETOOLONG' ? 'name too long' : 'no such file or folder';
      problems.push({ path, message: `${shown}: ${reason}` });
      continue;
    }
    if (info.isDirectory()) {
      const before = found.length + problems.length;
      await listInputs(Buffer.from(path), path, found, problems, skipped);
      if (found.length + problems.length === before) problems.push({ path, message: `${shown}: folder holds no input file (${[...INPUT_EXTENSIONS].join(' ')})` });
    } else if (info.isFile()) {
      found.push({ path, location: path, info });
    } else {
      problems.push({ path, message: `${shown}: ${notRegular(info)}, not a regular file` });
    }
  }
  // The same file named twice (two spellings, a link and its target): processed once, under its first name.
  const inputs: string[] = [];
  const seen = new Set<string>();
  for (const file of found) {
    const identity = `${file.info.dev}:${file.info.ino}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    inputs.push(file.path);
    if (typeof file.location !== 'string') bytePaths.set(file.path, file.location);
  }
  return { inputs, problems, skipped };
}

function notRegular(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

/**
 * A folder's input files, recursively, sorted by name. Entries are read as bytes, so that a name that is
 * not UTF-8 is still found and read. Symbolic links are not followed (a link may lead out of the folder
 * or round in a loop): each is named on a line of its own.
 */
async function listInputs(
  folder: Buffer,
  shownFolder: string,
  found: { path: string; location: string | Buffer; info: Stats }[],
  problems: InputProblem[],
  skipped: InputProblem[],
): Promise<void> {
  let names: Buffer[];
  try {
    names = await readdir(folder, { encoding: 'buffer' });
  } catch (error) {
    problems.push({ path: shownFolder, message: `${escapeControls(shownFolder)}: cannot list the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  const entries = names.map((bytes) => ({ bytes, name: bytes.toString('utf8') })).sort((a, b) => a.name.localeCompare(b.name));
  for (const { bytes, name } of entries) {
    if (name.startsWith('.')) continue;
    const location = Buffer.concat([folder, Buffer.from('/'), bytes]);
    const path = join(shownFolder, name);
    const shown = escapeControls(path);
    let info: Stats;
    try {
      info = await lstat(location);
    } catch {
      continue;
    }
    if (info.isSymbolicLink()) {
      const target = await stat(location).catch(() => undefined);
      if (target?.isDirectory() || (target?.isFile() && INPUT_EXTENSIONS.has(extname(name).toLowerCase())) || !target) {
        skipped.push({ path, message: `${shown}: symbolic link skipped (name its target to process it)` });
      }
      continue;
    }
    if (info.isDirectory()) {
      await listInputs(location, path, found, problems, skipped);
      continue;
    }
    if (!INPUT_EXTENSIONS.has(extname(name).toLowerCase())) continue;
    if (!info.isFile()) {
      problems.push({ path, message: `${shown}: ${notRegular(info)}, not a regular file` });
      continue;
    }
    const utf8 = Buffer.from(name).equals(bytes);
    found.push({ path, location: utf8 ? path : location, info });
  }
}
