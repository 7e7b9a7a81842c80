import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { COMMAND_DESCRIPTIONS } from '../descriptions.ts';
import { extractText } from '../../pipeline/extract/index.ts';
import { detectLanguage } from '../../pipeline/lang/index.ts';
import { repairText } from '../../pipeline/repair/index.ts';
import { describeFailure } from '../../pipeline/runner/index.ts';
import { parseLanguage } from '../options.ts';

export function repairCommand(): Command {
  return new Command('repair')
    .description(COMMAND_DESCRIPTIONS.repair)
    .argument('<file>', 'a text file, or - for standard input')
    .option('--changes', 'also print every change on standard error')
    .option('--lang <code>', 'language of the text (default: detected)', parseLanguage)
    .option('--typography', "apply the language's typography (apostrophes, no-break spaces)")
    .action(async (file: string, options) => {
      try {
        const bytes = new Uint8Array(file === '-' ? await readStdin() : await readFile(file));
        const name = file === '-' ? 'stdin.txt' : file;
        const { rawText } = extractText({ name, bytes });
        const lang = options.lang ?? detectLanguage(rawText) ?? 'fr';
        const result = await repairText(rawText, { lang, typography: options.typography });
        process.stdout.write(result.text);
        if (options.changes) {
          for (const change of [...result.repairs, ...result.suggestions]) {
            const mark = change.applied ? 'fixed' : 'suggested';
            process.stderr.write(
              `${change.line}:${change.column}\t${mark}\t${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}\t${change.ruleId}\t${change.confidence.toFixed(2)}\n`,
            );
          }
        }
      } catch (error) {
        process.stderr.write(`${describeFailure(file, error)}\n`);
        process.exitCode = 1;
      }
    });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
