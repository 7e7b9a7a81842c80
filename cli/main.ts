import { Command } from 'commander';
import { ingestCommand } from './commands/ingest.ts';
import { repairCommand } from './commands/repair.ts';

const program = new Command('unletters')
  .description('Turn United Nations letters into archival editions: Akoma Ntoso XML, JSON, PDF/A and repaired text.')
  .showHelpAfterError();

program.addCommand(ingestCommand());
program.addCommand(repairCommand());

await program.parseAsync(process.argv);
