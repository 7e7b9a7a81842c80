import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Dictionary loading, OCR and PDF rendering are slow on a 2-core machine; the limits are for hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // OCR replays Tesseract's recorded output (fixtures/ocr/) unless a test passes the real engine; the
    // variable reaches the worker processes the queue tests start, and their OCR child processes.
    env: { UNLETTERS_OCR_ENGINE: join(import.meta.dirname, 'test/helpers/recorded-ocr.ts') },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['pipeline/**/*.test.ts', 'workers/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/queue/**', '**/node_modules/**'],
        },
      },
      {
        // The queue tests share one Redis (started by the setup) and spawn worker processes: one file at a time.
        extends: true,
        test: {
          name: 'queue',
          include: ['test/queue/**/*.test.ts'],
          globalSetup: ['test/setup/redis.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
