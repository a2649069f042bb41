// Makes sure the Chromium used by the browser tests is installed (Debian's package, not a
// Playwright download). Quiet when it is there; installs it when run as root; otherwise says
// exactly what to run and fails, so the test run stops with a clear reason.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const packages = ['chromium', 'fonts-noto-cjk'];

if (existsSync(chromiumPath)) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error(
    `Chromium is missing (${chromiumPath}); the browser tests need it. Install it with:`,
  );
  console.error(`  sudo apt-get install -y ${packages.join(' ')}`);
  console.error('or point CHROMIUM_PATH at an installed Chromium.');
  process.exit(1);
}

console.log(
  "Chromium is missing: installing Debian's chromium with apt-get (needed by the browser tests)…",
);
run('apt-get', ['update']);
run('apt-get', ['install', '-y', ...packages]);

if (!existsSync(chromiumPath)) {
  console.error(`apt-get finished but ${chromiumPath} still does not exist; set CHROMIUM_PATH.`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
    process.exit(result.status ?? 1);
  }
}
