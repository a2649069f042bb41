import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { kycSubmissions } from './schema.ts';

/** The merchant's earlier approval stops being their verified identity once this one is approved. */
export async function supersedeApprovals(
  tx: Executor,
  merchantId: string,
  now: Date,
): Promise<void> {
  await tx
    .update(kycSubmissions)
    .set({ supersededAt: now, updatedAt: now })
    .where(
      and(
        eq(kycSubmissions.merchantId, merchantId),
        eq(kycSubmissions.status, 'approved'),
        isNull(kycSubmissions.supersededAt),
      ),
    );
}
