import { ensureWebBuild } from '../../src/server/web/ensure-web-build.ts';
import { ROOT_DIR } from './app.ts';

/** Browser tests need the built web app; build it once per run when it is missing or stale. */
export default async function setup() {
  await ensureWebBuild({ rootDir: ROOT_DIR, log: (message) => console.log(message) });
}
