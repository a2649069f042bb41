#!/usr/bin/env node
// `npm test`: lint and type-check, the unit and integration suites, then the browser suite.
// Prints one closing line "tests: N passed, N failed" over all suites.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const reportDir = mkdtempSync(path.join(os.tmpdir(), 'kaidian-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) ok = false;
  return result.status === 0;
}

function vitest(title, config, reportName) {
  const report = path.join(reportDir, reportName);
  const args = [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  if (config) args.push('--config', config);
  run(title, 'npx', args);
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests;
    totals.skipped += summary.numPendingTests + summary.numTodoTests;
    // A suite that failed to load has no failed test but is a failure all the same.
    if (summary.numFailedTestSuites > 0 && summary.numFailedTests === 0) totals.failed += 1;
  } catch {
    totals.failed += 1;
  }
}

/** The Playwright suite (tests/browser), its JSON report counted like vitest's. */
function playwright(title, reportName) {
  const report = path.join(reportDir, reportName);
  run(title, 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
  try {
    const { stats } = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += stats.expected;
    // A test that passed only on a retry is a failure all the same (retries are off anyway).
    totals.failed += stats.unexpected + stats.flaky;
    totals.skipped += stats.skipped;
  } catch {
    totals.failed += 1;
  }
}

if (!run('browser: Chromium', process.execPath, ['scripts/ensure-chromium.mjs'])) {
  console.error('Chromium is required for the browser tests.');
  process.exit(1);
}
run('lint and type-check', 'npm', ['run', 'lint', '--silent']);
vitest('unit and integration tests', null, 'unit.json');
playwright('browser tests (@playwright/test + Chromium)', 'browser.json');
rmSync(reportDir, { recursive: true, force: true });

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
