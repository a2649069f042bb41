import { and, eq, notInArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { storeNameClaims } from '../schema.ts';

/**
 * Hold `wanted` for this store and let go of every other name it held except `keep` (its
 * published name, still on show). Another store holding the name — even one that claimed it a
 * moment ago in a racing transaction — means `store.name_taken`.
 */
export async function claimStoreName(
  tx: Executor,
  storeId: string,
  wanted: string,
  keep: string[],
  now: Date,
): Promise<void> {
  await tx
    .delete(storeNameClaims)
    .where(
      and(
        eq(storeNameClaims.storeId, storeId),
        notInArray(storeNameClaims.nameKey, [wanted, ...keep]),
      ),
    );
  const [claimed] = await tx
    .insert(storeNameClaims)
    .values({ nameKey: wanted, storeId, claimedAt: now })
    .onConflictDoNothing({ target: storeNameClaims.nameKey })
    .returning();
  if (claimed) return;
  const [holder] = await tx
    .select({ storeId: storeNameClaims.storeId })
    .from(storeNameClaims)
    .where(eq(storeNameClaims.nameKey, wanted));
  if (holder?.storeId !== storeId) throw new AppError('store.name_taken');
}
