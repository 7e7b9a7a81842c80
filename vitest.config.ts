import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Dictionary loading, OCR and PDF rendering are slow on a 2-core machine; the limits are for hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One test file per core, never fewer than two: the queue files mostly wait on the worker processes
    // they start, and vitest's default (cores − 1) would run a 2-core machine's files one at a time.
    maxWorkers: Math.max(2, availableParallelism()),
    // OCR replays Tesseract's recorded output (fixtures/ocr/) unless a test passes the real engine; the
    // variable reaches the worker processes the queue tests start, and their OCR child processes.
    // SOURCE_DATE_EPOCH stands for the clock in the editions (their creation and markup dates), so that
    // runs made at different times, in-process and behind the queues, can be compared byte for byte.
    env: { UNLETTERS_OCR_ENGINE: join(import.meta.dirname, 'test/helpers/recorded-ocr.ts'), SOURCE_DATE_EPOCH: '1767225600' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['pipeline/**/*.test.ts', 'workers/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/queue/**', '**/node_modules/**'],
          // The files share a process per worker: the pipeline's modules, the lexicons and the fixture
          // runs of test/languages/helpers.ts are loaded once per worker instead of once per file. No
          // test mocks modules; the CLI helper restores every global it touches.
          isolate: false,
        },
      },
      {
        // Each queue test has its own key prefix, shared folder and worker processes (the Redis restart
        // test its own Redis), so queue files may run beside each other and beside the unit files.
        extends: true,
        test: {
          name: 'queue',
          include: ['test/queue/**/*.test.ts'],
          globalSetup: ['test/setup/redis.ts'],
        },
      },
    ],
  },
});
