import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { COMMAND_DESCRIPTIONS } from '../descriptions.ts';
import { SchemaNotFoundError, validateAkn } from '../../pipeline/emit/akn/validate.ts';

/** Exit codes: 0 every file valid, 1 some file invalid, 2 usage error, unreadable file or no schema. */
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

export function validateCommand(): Command {
  return new Command('validate')
    .description(COMMAND_DESCRIPTIONS.validate)
    .argument('<files...>', 'Akoma Ntoso files (<name>.akn.xml)')
    .option('--schema <path>', 'folder holding akomantoso30.xsd and xml.xsd, or akomantoso30.xsd itself (default: $AKN_XSD, then ../shared/schemas/akn/)')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE))
    .action(async (files: string[], options: { schema?: string }) => {
      let exitCode = 0;
      for (const file of files) {
        let xml: string;
        try {
          xml = await readFile(file, 'utf8');
        } catch (error) {
          process.stderr.write(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
          exitCode = EXIT_USAGE;
          continue;
        }
        try {
          const result = await validateAkn(xml, options.schema, file);
          if (result.valid) {
            process.stdout.write(`${file}: valid Akoma Ntoso 3.0\n`);
          } else {
            for (const error of result.errors) process.stderr.write(`${file}:${error.line ?? '?'}: ${error.message}\n`);
            if (result.errors.length === 0) process.stderr.write(`${file}: invalid\n`);
            exitCode = Math.max(exitCode, EXIT_INVALID);
          }
        } catch (error) {
          if (error instanceof SchemaNotFoundError) {
            process.stderr.write(`unletters validate: ${error.message}\n`);
            process.exitCode = EXIT_USAGE;
            return;
          }
          process.stderr.write(`${file}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`);
          exitCode = EXIT_USAGE;
        }
      }
      process.exitCode = exitCode;
    });
}
