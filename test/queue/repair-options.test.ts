import { join } from 'node:path';
import { expect, test } from 'vitest';
import { startWorkers } from '../../workers/worker.ts';
import { expectOptionsSeen, OPTION_ARGUMENTS, readOutput, runIngestCommand, writeLetter } from '../repair-options.ts';
import { queueTestLifecycle } from './helpers.ts';

const run = queueTestLifecycle();

test('repair options given to `ingest --queue` reach the repair in a worker', async () => {
  const input = await writeLetter(run.context.shared);
  run.workers = await startWorkers({ settings: run.context.settings });
  const out = join(run.context.shared, 'out');
  const environment = { REDIS_URL: process.env.REDIS_URL, UNLETTERS_QUEUE_PREFIX: process.env.UNLETTERS_QUEUE_PREFIX };
  process.env.REDIS_URL = run.context.settings.url;
  process.env.UNLETTERS_QUEUE_PREFIX = run.context.settings.prefix;
  try {
    expect(await runIngestCommand([input, '--out', out, '--queue', '--quiet', ...OPTION_ARGUMENTS])).toBe(0);
  } finally {
    for (const [name, value] of Object.entries(environment)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  expectOptionsSeen(await readOutput(out));
});
