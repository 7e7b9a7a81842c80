import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project's root folder (the one holding package.json), found from this module's own place: the same
 * whether the sources run through tsx or the compiled copy in dist/ runs, and never the working directory.
 */
export const PROJECT_ROOT = findRoot(import.meta.dirname);

function findRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) return dirname(from);
  }
}
