import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/browser.ts';

// The browser journeys (tests/browser/*.spec.ts) on Playwright's own runner, driving Debian's
// Chromium: no browser is ever downloaded, so `playwright install` is never needed.
// Set once by the runner; its workers inherit it, so they all write into the same directory.
process.env.KAIDIAN_BROWSER_RUN ??= new Date().toISOString().replace(/[:.]/g, '-');
const runId = process.env.KAIDIAN_BROWSER_RUN;

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  // Builds the web app if stale, starts PostgreSQL and migrates the template once per run.
  globalSetup: './tests/browser/global-setup.ts',
  // Each worker runs its own server and Chromium; two cores run two of them best.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 90_000,
  // Assertions wait: a loaded machine (two cores, Chromium and the server) may take seconds.
  expect: { timeout: 20_000 },
  // The list as it runs; the JSON report is what scripts/test.mjs counts (it names the file).
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/browser-report.json' },
    ],
  ],
  // Traces of failures, per run: two runs on one checkout must not clean each other's away.
  outputDir: `test-results/browser/${runId}`,
  use: {
    headless: true,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    locale: 'en',
    viewport: { width: 1280, height: 800 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
  },
});
