import { defineConfig } from 'vitest/config';

/** `npm run screenshots`: pages in both languages and sizes, saved for a person to look at. */
export default defineConfig({
  test: {
    include: ['tests/screens/**/*.screens.test.ts'],
    globalSetup: ['tests/support/global-setup.ts', 'tests/support/web-build-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
