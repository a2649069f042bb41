import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { recordEvent } from '../../../outbox/events.ts';
import { requireStoreOfMerchant } from '../find-store.ts';
import { SERVICE_RUNNING } from '../lifecycle.ts';
import { stores } from '../schema.ts';
import { claimStoreName } from './claim-name.ts';
import { assignSlugFromName } from './slug.ts';
import { nameKey } from './store-name.ts';

/**
 * Publish the draft: buyers see it at /s/{slug} from now on. Only a store whose service is
 * running may publish (an expired or suspended one keeps what it had). The first publication
 * derives the slug from the name.
 */
export async function publishDesign(
  tx: Tx,
  input: { merchantId: string; now: Date },
): Promise<{ slug: string }> {
  const store = await requireStoreOfMerchant(tx, input.merchantId, { forUpdate: true });
  if (!SERVICE_RUNNING.includes(store.status)) throw new AppError('store.not_publishable');
  const draft = store.designDraft;
  if (!draft) throw new AppError('store.no_draft');
  const slug = store.slug ?? (await assignSlugFromName(tx, store.id, draft.name, input.now));
  // The published name is the draft's now: the store lets go of any older one.
  await claimStoreName(tx, store.id, nameKey(draft.name), [], input.now);
  await tx
    .update(stores)
    .set({ designPublished: draft, publishedAt: input.now, updatedAt: input.now })
    .where(eq(stores.id, store.id));
  await recordEvent(tx, {
    topic: 'store.design_published',
    key: `store.design_published:${store.id}:${input.now.getTime()}`,
    occurredAt: input.now,
    data: { merchantId: store.merchantId, storeId: store.id, slug },
  });
  return { slug };
}
