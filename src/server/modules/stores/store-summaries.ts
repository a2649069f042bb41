import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { STOREFRONT_VISIBLE } from './lifecycle.ts';
import { type StoreStatus, storePackages, stores, storeTypes } from './schema.ts';

/** What the operator console's merchant directory shows of a merchant's store. */
export interface StoreSummary {
  id: string;
  merchantId: string;
  status: StoreStatus;
  /** The published name, else the draft's; null before the store is designed. */
  name: string | null;
  slug: string | null;
  /** Buyers can open the storefront at /s/{slug}. */
  live: boolean;
  testMode: boolean;
  storeType: { code: string; nameEn: string; nameZh: string };
  package: { code: string; nameEn: string; nameZh: string };
  depositRequired: { amount: number; currency: string };
  serviceEndsAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
}

/** The stores of these merchants, by merchant id (a merchant without a store is absent). */
export async function storeSummariesOf(
  db: Executor,
  merchantIds: readonly string[],
): Promise<Map<string, StoreSummary>> {
  if (merchantIds.length === 0) return new Map();
  const rows = await db
    .select({ store: stores, type: storeTypes, pkg: storePackages })
    .from(stores)
    .innerJoin(storeTypes, eq(storeTypes.id, stores.storeTypeId))
    .innerJoin(storePackages, eq(storePackages.id, stores.packageId))
    .where(inArray(stores.merchantId, [...merchantIds]));
  return new Map(
    rows.map(({ store, type, pkg }) => [
      store.merchantId,
      {
        id: store.id,
        merchantId: store.merchantId,
        status: store.status,
        name: store.designPublished?.name ?? store.designDraft?.name ?? null,
        slug: store.slug,
        live:
          store.slug !== null &&
          store.designPublished !== null &&
          STOREFRONT_VISIBLE.includes(store.status),
        testMode: store.testMode,
        storeType: { code: type.code, nameEn: type.nameEn, nameZh: type.nameZh },
        package: { code: pkg.code, nameEn: pkg.nameEn, nameZh: pkg.nameZh },
        depositRequired: { amount: store.depositRequired, currency: store.currency },
        serviceEndsAt: store.serviceEndsAt,
        publishedAt: store.publishedAt,
        createdAt: store.createdAt,
      },
    ]),
  );
}
