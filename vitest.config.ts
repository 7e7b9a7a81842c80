import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['pipeline/**/*.test.ts', 'workers/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts'],
    // Dictionary loading, OCR and PDF rendering are slow on a 2-core machine; the limits are for hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
