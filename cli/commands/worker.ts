import { Command, InvalidArgumentError } from 'commander';
import { COMMAND_DESCRIPTIONS } from '../descriptions.ts';
import { parsePositiveInteger } from '../options.ts';
import type { StageName } from '../../workers/queues.ts';
import { STAGE_NAMES, isStageName } from '../../workers/queues.ts';
import { startWorkers } from '../../workers/worker.ts';
import { redisUrl } from '../../workers/connection.ts';

function parseStages(value: string): StageName[] {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !isStageName(name));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown stage ${unknown.join(', ')} (expected ${STAGE_NAMES.join(', ')})`);
  return names as StageName[];
}

export function workerCommand(): Command {
  return new Command('worker')
    .description(COMMAND_DESCRIPTIONS.worker)
    .option('--stages <list>', `comma-separated stages to serve (${STAGE_NAMES.join(',')}); default all`, parseStages)
    .option('--concurrency <n>', 'jobs at once per stage (OCR: sandboxed processes; default: cores for OCR, 1 otherwise)', parsePositiveInteger)
    .action(async (options: { stages?: StageName[]; concurrency?: number }) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const running = await startWorkers({ stages: options.stages, concurrency: options.concurrency, log });
      log(`worker ${process.pid}: serving ${(options.stages ?? STAGE_NAMES).join(', ')} on ${redisUrl().replace(/\/\/[^@]*@/, '//')}`);
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        log(`worker ${process.pid}: ${signal}, finishing active jobs`);
        await running.close();
        log(`worker ${process.pid}: stopped`);
        process.exit(0);
      };
      process.on('SIGTERM', () => void stop('SIGTERM'));
      process.on('SIGINT', () => void stop('SIGINT'));
    });
}
