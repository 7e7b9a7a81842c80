import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rendering } from '../emit/index.ts';

/**
 * A name safe to use as one folder or file name: no separators, no leading dot, no control characters.
 * Only ever applied to input file names; nothing read from a document becomes a path.
 */
export function safeName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 200);
  return cleaned === '' ? 'document' : cleaned;
}

/**
 * Writes `<outDir>/<name>/<name>.<ext>` for every rendering, all or nothing: the files are written into a
 * hidden folder beside the target and swapped in with renames, so no reader ever sees a half-written set.
 */
export async function writeRenderings(outDir: string, name: string, renderings: Rendering[]): Promise<string> {
  const folderName = safeName(name);
  await mkdir(outDir, { recursive: true });
  const target = join(outDir, folderName);
  const staging = await mkdtemp(join(outDir, `.${folderName}.partial-`));
  try {
    for (const rendering of renderings) {
      await writeFile(join(staging, `${folderName}.${rendering.extension}`), rendering.content);
    }
    const previous = `${staging}.previous`;
    let replaced = false;
    try {
      await rename(target, previous);
      replaced = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await rename(staging, target);
    if (replaced) await rm(previous, { recursive: true, force: true });
    return target;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
