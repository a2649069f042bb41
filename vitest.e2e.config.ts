import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/support/global-setup.ts', 'tests/support/web-build-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Each browser test drives a whole Chromium; two cores run them best one file at a time.
    fileParallelism: false,
  },
});
