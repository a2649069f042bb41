import { and, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../../../clock.ts';
import type { Executor } from '../../../db/client.ts';
import { merchants } from '../schema.ts';

/**
 * SPEC §3: on approval, an account without a real name takes the verified legal (or company) name,
 * so nobody has to retype it letter for letter. A name the merchant chose is left alone; where it
 * differs, the seller center shows the verified one.
 */
export async function adoptVerifiedName(
  tx: Executor,
  merchantId: string,
  verifiedName: string,
  clock: Clock,
): Promise<boolean> {
  const name = verifiedName.replace(/\s+/g, ' ').trim();
  if (name === '') return false;
  const adopted = await tx
    .update(merchants)
    .set({ realName: name, updatedAt: clock.now() })
    .where(and(eq(merchants.id, merchantId), isNull(merchants.realName)))
    .returning({ id: merchants.id });
  return adopted.length > 0;
}
