/**
 * A short letter written for the option tests (no fixture's words), with two misspelt words (enough for the
 * repair to read the text as damaged and judge spelling) that it corrects at a confidence under 1 and a space before a semicolon that French typography makes narrow
 * and unbreakable; and the checks that tell whether `repairThreshold` and `typography` reached the repair.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ingestCommand } from '../cli/commands/ingest.ts';
import type { UnDocument } from '../pipeline/model/index.ts';

export const LETTER = [
  'Lettre datée du 3 mars 2015, adressée au Secrétaire général par le Représentant permanent de la France auprès de l’Organisation des Nations Unies',
  '',
  'J’ai l’honneur de vous faire part des problémes rencontrés par notre systéme ; je vous serais reconnaissant de bien vouloir faire distribuer la présente lettre comme document de l’Assemblée générale.',
  '',
  '(Signé) Jean Dupont',
  '',
].join('\n');

/** The command-line words that set both repair options: nothing under full confidence applied, typography on. */
export const OPTION_ARGUMENTS = ['--repair-threshold', '1', '--typography'];
export const OPTIONS = { repairThreshold: 1, typography: true } as const;

const NARROW_NO_BREAK_SPACE = '\u202f';

export async function writeLetter(folder: string, name = 'letter.txt'): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, LETTER);
  return path;
}

export async function readOutput(out: string, name = 'letter'): Promise<UnDocument> {
  return JSON.parse(await readFile(join(out, name, `${name}.json`), 'utf8')) as UnDocument;
}

/** What the repair does with its defaults: the misspelling corrected, the semicolon left as typed. */
export function expectDefaultRepair(document: UnDocument): void {
  expect(document.repairs.filter((repair) => repair.confidence < 1).length).toBeGreaterThan(0);
  expect(document.suggestions).toEqual([]);
  expect(document.text).toContain(' ;');
}

/** What the repair does with OPTIONS: corrections under 1 only suggested, typography applied. */
export function expectOptionsSeen(document: UnDocument): void {
  expect(document.repairs.every((repair) => repair.confidence >= 1)).toBe(true);
  expect(document.suggestions.length).toBeGreaterThan(0);
  for (const suggestion of document.suggestions) {
    expect(suggestion.applied).toBe(false);
    expect(document.text).toContain(suggestion.before);
  }
  expect(document.text).toContain(`${NARROW_NO_BREAK_SPACE};`);
  expect(document.text).not.toContain(' ;');
}

/** `unletters ingest …` run in this process; resolves to its exit code. */
export async function runIngestCommand(args: string[]): Promise<number | undefined> {
  const previous = process.exitCode;
  try {
    await ingestCommand().exitOverride().configureOutput({ writeErr: () => {} }).parseAsync(args, { from: 'user' });
    return process.exitCode === undefined ? undefined : Number(process.exitCode);
  } finally {
    process.exitCode = previous;
  }
}
