import { Command } from 'commander';
import { COMMAND_DESCRIPTIONS } from '../descriptions.ts';
import { formatStatus, queueStatus } from '../../workers/status.ts';

export function statusCommand(): Command {
  return new Command('status')
    .description(COMMAND_DESCRIPTIONS.status)
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const statuses = await queueStatus();
      process.stdout.write(options.json ? `${JSON.stringify(statuses, null, 2)}\n` : `${formatStatus(statuses)}\n`);
    });
}
