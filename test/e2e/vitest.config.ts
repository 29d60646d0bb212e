import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Browser journeys (`npm run test:e2e`): the real platform in-process and Debian's Chromium.
 * Files run one at a time; every journey is long, so the timeouts are too.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '..', '..'),
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 300_000,
    sequence: { concurrent: false },
    reporters: ['default'],
  },
});
