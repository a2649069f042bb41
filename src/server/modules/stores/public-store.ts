import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { findUploadsByIds, type Upload } from '../uploads/index.ts';
import type { StoreDesign } from './design/design-input.ts';
import { STOREFRONT_VISIBLE } from './lifecycle.ts';
import { type Store, stores, storeTypes } from './schema.ts';

/** What the storefront shows about a store. */
export interface StorefrontStore {
  id: string;
  merchantId: string;
  slug: string;
  status: Store['status'];
  testMode: boolean;
  firstActivatedAt: Date | null;
  storeType: { code: string; nameEn: string; nameZh: string };
  design: StoreDesign;
}

/**
 * A store buyers may see: published, and not suspended or closed (a store in its grace period is
 * still open). Anything else is indistinguishable from a store that does not exist.
 */
export async function findStorefront(db: Executor, slug: string): Promise<StorefrontStore | null> {
  const [row] = await db
    .select({ store: stores, type: storeTypes })
    .from(stores)
    .innerJoin(storeTypes, eq(storeTypes.id, stores.storeTypeId))
    .where(
      and(
        eq(stores.slug, slug),
        inArray(stores.status, [...STOREFRONT_VISIBLE]),
        isNotNull(stores.designPublished),
      ),
    );
  if (!row?.store.slug || !row.store.designPublished) return null;
  return toStorefront(row.store, row.type, row.store.designPublished, row.store.slug);
}

/** The owner's preview: the draft, rendered as the storefront would show it. */
export async function draftStorefront(
  db: Executor,
  merchantId: string,
): Promise<StorefrontStore | null> {
  const [row] = await db
    .select({ store: stores, type: storeTypes })
    .from(stores)
    .innerJoin(storeTypes, eq(storeTypes.id, stores.storeTypeId))
    .where(eq(stores.merchantId, merchantId));
  if (!row?.store.designDraft) return null;
  return toStorefront(row.store, row.type, row.store.designDraft, row.store.slug ?? 'preview');
}

function toStorefront(
  store: Store,
  type: typeof storeTypes.$inferSelect,
  design: StoreDesign,
  slug: string,
): StorefrontStore {
  return {
    id: store.id,
    merchantId: store.merchantId,
    slug,
    status: store.status,
    testMode: store.testMode,
    firstActivatedAt: store.firstActivatedAt,
    storeType: { code: type.code, nameEn: type.nameEn, nameZh: type.nameZh },
    design,
  };
}

/**
 * An image the published design shows (logo or banner), for public serving. Any other upload —
 * a draft's image, someone's ID card — is not found here, whatever its id.
 */
export async function publishedImage(
  db: Executor,
  slug: string,
  uploadId: string,
): Promise<Upload | null> {
  const store = await findStorefront(db, slug);
  if (!store) return null;
  const { logoUploadId, bannerUploadId } = store.design;
  if (uploadId !== logoUploadId && uploadId !== bannerUploadId) return null;
  const [upload] = await findUploadsByIds(db, [uploadId]);
  return upload && upload.ownerMerchantId === store.merchantId ? upload : null;
}
