import { Command } from 'commander';
import { ingestCommand } from './commands/ingest.ts';
import { repairCommand } from './commands/repair.ts';
import { dashboardCommand } from './commands/dashboard.ts';
import { statusCommand } from './commands/status.ts';
import { workerCommand } from './commands/worker.ts';
import { validateCommand } from './commands/validate.ts';

/** The `unletters` command with its subcommands; `main.ts` runs it on the process's arguments. */
export function createProgram(): Command {
  const program = new Command('unletters')
    .description('Turn United Nations letters into archival editions: Akoma Ntoso XML, JSON, PDF/A and repaired text.')
    .showHelpAfterError();
  program.addCommand(ingestCommand());
  program.addCommand(repairCommand());
  program.addCommand(workerCommand());
  program.addCommand(statusCommand());
  program.addCommand(dashboardCommand());
  program.addCommand(validateCommand());
  return program;
}
