import { Command } from 'commander';
import { COMMAND_DESCRIPTIONS, type CommandName } from './descriptions.ts';

/** Each command's module, imported only when that command runs (bullmq, express or the pipeline cost seconds). */
const COMMAND_MODULES: Record<CommandName, () => Promise<Command>> = {
  ingest: async () => (await import('./commands/ingest.ts')).ingestCommand(),
  repair: async () => (await import('./commands/repair.ts')).repairCommand(),
  worker: async () => (await import('./commands/worker.ts')).workerCommand(),
  status: async () => (await import('./commands/status.ts')).statusCommand(),
  dashboard: async () => (await import('./commands/dashboard.ts')).dashboardCommand(),
  validate: async () => (await import('./commands/validate.ts')).validateCommand(),
};

/** The command the arguments name: the first operand, or the one after `help`. */
function requestedCommand(args: readonly string[]): string | undefined {
  const operands = args.filter((argument) => !argument.startsWith('-'));
  return operands[0] === 'help' ? operands[1] : operands[0];
}

/**
 * The `unletters` command with its subcommands, for the given arguments (those after the program's name):
 * the command they name is built in full, the others only by name and description, which is all the
 * top-level help shows. `main.ts` runs it on the process's arguments.
 */
export async function createProgram(args: readonly string[] = process.argv.slice(2)): Promise<Command> {
  const program = new Command('unletters')
    .description('Turn United Nations letters into archival editions: Akoma Ntoso XML, JSON, PDF/A and repaired text.')
    .showHelpAfterError();
  const requested = requestedCommand(args);
  for (const [name, description] of Object.entries(COMMAND_DESCRIPTIONS) as [CommandName, string][]) {
    program.addCommand(name === requested ? await COMMAND_MODULES[name]() : new Command(name).description(description));
  }
  return program;
}
