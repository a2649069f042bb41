import { defineConfig } from 'vitest/config';

// `npm run test:crash`: the full crash run, 200 concurrent sign-ups while the embedded postmaster
// is killed with SIGKILL. The normal suite runs the same test with 40.
export default defineConfig({
  test: {
    include: ['tests/integration/postmaster-crash.test.ts'],
    env: { KAIDIAN_CRASH_SIGNUPS: '200' },
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
