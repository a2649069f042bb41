import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
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
  /** Changes whenever the store's row or its type's does (see StorefrontVersion). */
  version: string;
}

/** What a storefront page is built from, but its design: enough to know whether it changed. */
export interface StorefrontVersion {
  id: string;
  merchantId: string;
  firstActivatedAt: Date | null;
  /**
   * The transactions that last wrote the store and its type (xmin): a publication, a status or
   * test-mode change, a renamed type all give a new one, whichever code or instance made them.
   */
  version: string;
}

const rowVersion = sql<string>`${stores}.xmin::text || '.' || ${storeTypes}.xmin::text`;

const visibleBySlug = (slug: ReturnType<typeof sql.placeholder> | string) =>
  and(
    eq(stores.slug, slug),
    inArray(stores.status, [...STOREFRONT_VISIBLE]),
    isNotNull(stores.designPublished),
  );

// Prepared once per database: the lookup runs on every storefront request, 304s included.
const versionLookups = new WeakMap<Db, ReturnType<typeof prepareVersionLookup>>();
function prepareVersionLookup(db: Db) {
  return db
    .select({
      id: stores.id,
      merchantId: stores.merchantId,
      firstActivatedAt: stores.firstActivatedAt,
      version: rowVersion,
    })
    .from(stores)
    .innerJoin(storeTypes, eq(storeTypes.id, stores.storeTypeId))
    .where(visibleBySlug(sql.placeholder('slug')))
    .prepare('storefront_version');
}

/** The version of the storefront at this slug (null where findStorefront finds none). */
export async function storefrontVersion(db: Db, slug: string): Promise<StorefrontVersion | null> {
  let lookup = versionLookups.get(db);
  if (!lookup) {
    lookup = prepareVersionLookup(db);
    versionLookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ slug });
  return row ?? null;
}

/**
 * A store buyers may see: published, and not suspended or closed (a store in its grace period is
 * still open). Anything else is indistinguishable from a store that does not exist.
 */
export async function findStorefront(db: Executor, slug: string): Promise<StorefrontStore | null> {
  const [row] = await db
    .select({ store: stores, type: storeTypes, version: rowVersion })
    .from(stores)
    .innerJoin(storeTypes, eq(storeTypes.id, stores.storeTypeId))
    .where(visibleBySlug(slug));
  if (!row?.store.slug || !row.store.designPublished) return null;
  return toStorefront(row, row.store.designPublished, row.store.slug);
}

/** The owner's preview: the draft, rendered as the storefront would show it. */
export async function draftStorefront(
  db: Executor,
  merchantId: string,
): Promise<StorefrontStore | null> {
  const [row] = await db
    .select({ store: stores, type: storeTypes, version: rowVersion })
    .from(stores)
    .innerJoin(storeTypes, eq(storeTypes.id, stores.storeTypeId))
    .where(eq(stores.merchantId, merchantId));
  if (!row?.store.designDraft) return null;
  return toStorefront(row, row.store.designDraft, row.store.slug ?? 'preview');
}

function toStorefront(
  { store, type, version }: { store: Store; type: typeof storeTypes.$inferSelect; version: string },
  design: StoreDesign,
  slug: string,
): StorefrontStore {
  return {
    version,
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

/**
 * The stores whose storefront buyers see (as findStorefront: visible status, design published),
 * as a subquery to join: other modules' public reads (products) show only what these stores hold.
 */
export function visibleStorefronts(db: Executor) {
  return db
    .select({
      id: sql<string>`${stores.id}`.as('visible_store_id'),
      slug: sql<string>`${stores.slug}`.as('visible_store_slug'),
      status: sql<Store['status']>`${stores.status}`.as('visible_store_status'),
    })
    .from(stores)
    .where(
      and(
        inArray(stores.status, [...STOREFRONT_VISIBLE]),
        isNotNull(stores.designPublished),
        isNotNull(stores.slug),
      ),
    )
    .as('visible_stores');
}
