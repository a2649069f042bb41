import { Type } from '@sinclair/typebox';
import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { latestPaymentOf } from '../payments/index.ts';
import { StoreDesignSchema } from './design/design-input.ts';
import { requirePackage, requireStoreType } from './offerings/find-offering-rows.ts';
import { CapabilitiesSchema, MoneySchema } from './offerings/offering-schemas.ts';
import { capabilitiesOf, localName } from './offerings/offering-views.ts';
import { PurchaseViewSchema, purchaseView } from './purchase/purchase-view.ts';
import { type Store, storePurchases } from './schema.ts';

const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const MyStoreSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  status: Type.Union([
    Type.Literal('pending_payment'),
    Type.Literal('active'),
    Type.Literal('expiring'),
    Type.Literal('grace'),
    Type.Literal('suspended'),
    Type.Literal('closed'),
  ]),
  /** Paid with the sandbox: show TEST MODE. */
  testMode: Type.Boolean(),
  slug: Nullable(Type.String()),
  /** False once the one allowed slug change has been used. */
  slugEditable: Type.Boolean(),
  /** The public storefront, once published. */
  url: Nullable(Type.String()),
  serviceEndsAt: Nullable(DateTime),
  firstActivatedAt: Nullable(DateTime),
  statusChangedAt: DateTime,
  createdAt: DateTime,
  storeType: Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() }),
  package: Type.Object({
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    fee: MoneySchema,
    productLimit: Type.Integer(),
    capabilities: CapabilitiesSchema,
  }),
  depositRequired: MoneySchema,
  design: Type.Object({
    draft: Nullable(StoreDesignSchema),
    published: Nullable(StoreDesignSchema),
    draftSavedAt: Nullable(DateTime),
    publishedAt: Nullable(DateTime),
  }),
  /** The newest purchase (opening or renewal) and its newest payment: what is due or was paid. */
  latestPurchase: Nullable(PurchaseViewSchema),
});

/** GET /api/v1/me/store: everything the seller center's store pages need in one answer. */
export async function myStoreView(
  db: Executor,
  store: Store,
  context: { locale: Locale; publicUrl: string },
) {
  const [type, pkg, [purchase]] = await Promise.all([
    requireStoreType(db, store.storeTypeId),
    requirePackage(db, store.packageId),
    db
      .select()
      .from(storePurchases)
      .where(eq(storePurchases.storeId, store.id))
      .orderBy(desc(storePurchases.createdAt))
      .limit(1),
  ]);
  const payment = purchase
    ? await latestPaymentOf(db, { type: 'store_purchase', id: purchase.id })
    : null;
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    id: store.id,
    status: store.status,
    testMode: store.testMode,
    slug: store.slug,
    slugEditable: store.status !== 'closed' && store.slugChangedAt === null,
    url: store.slug && store.designPublished ? `${context.publicUrl}/s/${store.slug}` : null,
    serviceEndsAt: iso(store.serviceEndsAt),
    firstActivatedAt: iso(store.firstActivatedAt),
    statusChangedAt: store.statusChangedAt.toISOString(),
    createdAt: store.createdAt.toISOString(),
    storeType: { id: type.id, code: type.code, name: localName(type, context.locale) },
    package: {
      id: pkg.id,
      code: pkg.code,
      name: localName(pkg, context.locale),
      fee: { amount: pkg.feeAmount, currency: pkg.currency },
      productLimit: pkg.productLimit,
      capabilities: capabilitiesOf(pkg),
    },
    depositRequired: { amount: store.depositRequired, currency: store.currency },
    design: {
      draft: store.designDraft,
      published: store.designPublished,
      draftSavedAt: iso(store.draftSavedAt),
      publishedAt: iso(store.publishedAt),
    },
    latestPurchase: purchase ? await purchaseView(db, store, purchase, payment) : null,
  };
}
