import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { requireStoreOfMerchant } from '../find-store.ts';
import { stores } from '../schema.ts';
import { isValidSlug, trySetSlug } from './slug.ts';

/**
 * SPEC §5: the derived slug can be edited once. Links to the old address stop working, which is
 * why it is once: a store's address should be something buyers can keep.
 */
export async function changeSlug(
  tx: Tx,
  input: { merchantId: string; slug: string; now: Date },
): Promise<{ slug: string }> {
  const store = await requireStoreOfMerchant(tx, input.merchantId, { forUpdate: true });
  if (store.status === 'closed') throw new AppError('store.closed');
  const slug = input.slug.trim().toLowerCase();
  if (slug === store.slug) return { slug };
  if (store.slugChangedAt) throw new AppError('store.slug_locked');
  if (!isValidSlug(slug)) throw new AppError('store.slug_invalid');
  if (!(await trySetSlug(tx, store.id, slug, input.now))) throw new AppError('store.slug_taken');
  await tx
    .update(stores)
    .set({ slugChangedAt: input.now, updatedAt: input.now })
    .where(eq(stores.id, store.id));
  return { slug };
}
