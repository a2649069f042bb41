import { lt } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { prunePasswordPauses } from '../login/password-pause.ts';
import { signupRequests } from '../schema.ts';
import { FAILURE_WINDOW_MS, SEND_WINDOW_MS } from './policy.ts';
import { codeChannelBlocks, codeFailures, verificationCodes } from './schema.ts';

/**
 * Periodic clean-up. Rows are kept a little longer than any rule looks back (a day for the send
 * limit, an hour for failures), then they are only clutter.
 */
export async function pruneAccountCodes(db: Executor, now: Date): Promise<void> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  await db
    .delete(verificationCodes)
    .where(lt(verificationCodes.createdAt, before(2 * SEND_WINDOW_MS)));
  await db.delete(codeFailures).where(lt(codeFailures.failedAt, before(2 * FAILURE_WINDOW_MS)));
  await db.delete(codeChannelBlocks).where(lt(codeChannelBlocks.blockedUntil, now));
  await db.delete(signupRequests).where(lt(signupRequests.updatedAt, before(SEND_WINDOW_MS)));
  await prunePasswordPauses(db, now);
}
