import { ensureWebBuild } from '../../src/server/web/ensure-web-build.ts';
import { ROOT_DIR } from '../support/app.ts';
import { startTestDatabaseServer } from '../support/global-setup.ts';

/**
 * Once per Playwright run, as vitest's global setups do: the web app built if missing or stale,
 * and a PostgreSQL server with a migrated template. The workers find it in KAIDIAN_TEST_DATABASE
 * (tests/support/db.ts); the function returned is the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const [database] = await Promise.all([
    startTestDatabaseServer(),
    ensureWebBuild({ rootDir: ROOT_DIR, log: (message) => console.log(message) }),
  ]);
  process.env.KAIDIAN_TEST_DATABASE = JSON.stringify({
    serverUrl: database.serverUrl,
    template: database.template,
  });
  return () => database.stop();
}
