import { withTx } from '../../src/server/db/client.ts';
import { backfillDirectory } from '../../src/server/modules/directory/index.ts';
import type { TestApp } from './app.ts';

/**
 * The directory's read model caught up: every event delivered (as the running worker does within
 * moments), then what the directory's backfill job adds for merchants the fixtures inserted
 * without signing up (insertMerchant, seedMerchants), which record no event.
 */
export async function directoryCaughtUp(testApp: TestApp): Promise<void> {
  await testApp.worker.drain();
  const { db } = testApp.database;
  await backfillDirectory(
    db,
    (fn) => withTx(db, fn),
    () => testApp.deps.clock.now(),
  );
}
