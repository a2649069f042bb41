import { and, count, eq, gt } from 'drizzle-orm';
import type { Clock } from '../../../clock.ts';
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { codePolicy } from './policy.ts';
import { codeChannelBlocks, codeFailures } from './schema.ts';
import type { CodeScope } from './scope.ts';

/** The error to answer with while the scope's channel is blocked, or null when it is open. */
export async function channelBlock(
  db: Executor,
  scope: CodeScope,
  clock: Clock,
): Promise<AppError | null> {
  const now = clock.now();
  const [block] = await db
    .select({ blockedUntil: codeChannelBlocks.blockedUntil })
    .from(codeChannelBlocks)
    .where(
      and(
        eq(codeChannelBlocks.channel, scope.channel),
        eq(codeChannelBlocks.scope, scope.key),
        gt(codeChannelBlocks.blockedUntil, now),
      ),
    );
  if (!block) return null;
  const retryAfter = Math.ceil((block.blockedUntil.getTime() - now.getTime()) / 1000);
  return new AppError('auth.code_channel_blocked', undefined, { retryAfter });
}

/** Count one wrong code; the one that reaches the limit closes the channel (for an hour). */
export async function recordCodeFailure(
  db: Executor,
  scope: CodeScope,
  clock: Clock,
  settings: SettingsReader,
): Promise<void> {
  const now = clock.now();
  const policy = codePolicy(settings);
  await db.insert(codeFailures).values({ channel: scope.channel, scope: scope.key, failedAt: now });
  const [row] = await db
    .select({ failures: count() })
    .from(codeFailures)
    .where(
      and(
        eq(codeFailures.channel, scope.channel),
        eq(codeFailures.scope, scope.key),
        gt(codeFailures.failedAt, new Date(now.getTime() - policy.failureWindowMs)),
      ),
    );
  if ((row?.failures ?? 0) < policy.maxFailures) return;
  const blockedUntil = new Date(now.getTime() + policy.blockMs);
  await db
    .insert(codeChannelBlocks)
    .values({ channel: scope.channel, scope: scope.key, blockedUntil })
    .onConflictDoUpdate({
      target: [codeChannelBlocks.channel, codeChannelBlocks.scope],
      set: { blockedUntil },
    });
}
