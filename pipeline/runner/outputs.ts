import { basename, extname } from 'node:path';
import { access, chmod, constants, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rendering } from '../emit/index.ts';
import { escapeControls, MAX_NAME_BYTES, truncateToBytes } from './names.ts';

/**
 * A name safe to use as one folder or file name: no separators, no leading dot, no control characters,
 * at most MAX_NAME_BYTES bytes. Only ever applied to input file names; nothing read from a document
 * becomes a path.
 */
export function safeName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    // A name that was not UTF-8 reaches here with replacement characters: they become `_` too.
    .replace(/\uFFFD/g, '_');
  const fitted = truncateToBytes(cleaned, MAX_NAME_BYTES).replace(/[.\s]+$/, '');
  return fitted === '' ? 'document' : fitted;
}

/** The name an input's outputs are filed under: its file name without the extension. */
export function outputName(inputPath: string): string {
  return safeName(basename(inputPath, extname(inputPath)));
}

/** The output folder cannot be created or written: the whole run stops with this one line. */
export class OutputFolderError extends Error {
  override readonly name = 'OutputFolderError';
}

export function isOutputFolderError(error: unknown): error is OutputFolderError {
  return error instanceof Error && error.name === 'OutputFolderError';
}

const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a file is in the way (not a folder)',
  EEXIST: 'a file is in the way (not a folder)',
  ENOSPC: 'no space left on the device',
};

/** Creates the output folder if needed and checks it can be written, before any document is processed. */
export async function prepareOutputFolder(outDir: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true, mode: 0o777 });
    await access(outDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new OutputFolderError(`cannot write to the output folder ${escapeControls(outDir)}: ${reasons[code] ?? code ?? String(error)}`);
  }
}

/** Folders get the permissions the user's umask gives any new folder (mkdtemp alone would make them 0700). */
function folderMode(): number {
  return 0o777 & ~process.umask();
}

/**
 * Writes `<outDir>/<name>/<name>.<ext>` for every rendering, all or nothing: the files are written into a
 * hidden folder beside the target and swapped in with renames, so no reader ever sees a half-written set.
 * Several runs may write the same folder at once: each swaps in a whole set, the last one stays, and no
 * staging or replaced folder is left behind.
 */
export async function writeRenderings(outDir: string, name: string, renderings: Rendering[]): Promise<string> {
  const folderName = safeName(name);
  await mkdir(outDir, { recursive: true, mode: 0o777 });
  const target = join(outDir, folderName);
  const staging = await mkdtemp(join(outDir, `.${folderName}.partial-`));
  try {
    await chmod(staging, folderMode());
    for (const rendering of renderings) {
      await writeFile(join(staging, `${folderName}.${rendering.extension}`), rendering.content);
    }
    await swapIn(staging, target);
    return target;
  } finally {
    // Gone already once swapped in; otherwise the half-written set goes.
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Renames the staging folder onto the target. A rename onto a folder that holds files fails, so an
 * existing target is first moved aside (under the staging folder's unique name) and removed; when
 * another run puts its own set there in between, the rename fails again and is tried again.
 */
async function swapIn(staging: string, target: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(staging, target);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt >= 20) throw error;
    }
    const previous = `${staging}.previous-${attempt}`;
    try {
      await rename(target, previous);
    } catch (error) {
      // Another run moved it away first: try the swap again.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      continue;
    }
    await rm(previous, { recursive: true, force: true });
  }
}

/** The file names of an edition folder's renderings (`<name>.<extension>`). */
export function renderingFiles(folder: string, renderings: readonly { extension: string }[]): string[] {
  const name = basename(folder);
  return renderings.map((rendering) => `${name}.${rendering.extension}`);
}
