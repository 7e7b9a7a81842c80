import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** File extensions picked up when a folder is given; a file named explicitly is always tried. */
export const INPUT_EXTENSIONS = new Set(['.txt', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff']);

export interface InputProblem {
  path: string;
  message: string;
}

/** Files named on the command line, and the input files found (recursively, sorted) in folders named. */
export async function expandInputs(paths: string[]): Promise<{ inputs: string[]; problems: InputProblem[] }> {
  const inputs: string[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      problems.push({ path, message: `${path}: no such file or folder` });
      continue;
    }
    if (info.isDirectory()) {
      const found = await listInputs(path);
      if (found.length === 0) problems.push({ path, message: `${path}: folder holds no input file (${[...INPUT_EXTENSIONS].join(' ')})` });
      inputs.push(...found);
    } else {
      inputs.push(path);
    }
  }
  return { inputs: [...new Set(inputs)], problems };
}

async function listInputs(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listInputs(path)));
    else if (entry.isFile() && INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}
