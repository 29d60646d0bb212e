import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'platform/**/*.test.ts',
      'definitions/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'admin-ui/**/*.test.ts',
      'runtime-ui/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/e2e/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
