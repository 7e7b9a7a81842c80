import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Command } from 'commander';
import { COMMAND_DESCRIPTIONS } from '../descriptions.ts';
import express from 'express';
import { parsePositiveInteger } from '../options.ts';
import { openQueues } from '../../workers/follow.ts';
import { queueSettings } from '../../workers/connection.ts';

export function dashboardCommand(): Command {
  return new Command('dashboard')
    .description(COMMAND_DESCRIPTIONS.dashboard)
    .option('--port <n>', 'port to listen on', parsePositiveInteger, 3000)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .action(async (options: { port: number; host: string }) => {
      const queues = openQueues(queueSettings());
      const serverAdapter = new ExpressAdapter();
      serverAdapter.setBasePath('/');
      createBullBoard({ queues: [...queues.values()].map((queue) => new BullMQAdapter(queue)), serverAdapter });
      const app = express();
      app.use('/', serverAdapter.getRouter());
      app.listen(options.port, options.host, () => {
        process.stderr.write(`dashboard on http://${options.host}:${options.port}/\n`);
      });
    });
}
