import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { getBusinessProfile } from '../../growth/index.ts';
import { type ProviderCode, paymentProvider } from '../../payments/index.ts';
import { checkEligibility } from '../eligibility.ts';
import { findStoreOfMerchant } from '../find-store.ts';
import { depositForCategory } from '../offerings/category-deposits.ts';
import { requirePackage, requireStoreType } from '../offerings/find-offering-rows.ts';
import { type StorePackage, type StoreType, stores } from '../schema.ts';
import { notifyOfflineInstructions } from './notify-offline-instructions.ts';
import { openPurchase } from './open-purchase.ts';

export interface PackagePurchase {
  merchantId: string;
  storeTypeId: string;
  packageId: string;
  provider: ProviderCode;
  trademarkUploadId: string | null;
  now: Date;
  locale: Locale;
}

/**
 * A merchant buys a store: picks a type and a package and owes the fee and the deposit. The store
 * exists from now on, waiting for payment; a merchant whose payment failed (or who changes their
 * mind before paying) buys again and the new purchase replaces the old one.
 */
export async function purchasePackage(tx: Tx, input: PackagePurchase) {
  const { type, pkg } = await offeredPackage(tx, input.storeTypeId, input.packageId);
  const eligibility = await checkEligibility(tx, input.merchantId, {
    storeType: type,
    trademarkUploadId: input.trademarkUploadId,
    locale: input.locale,
  });
  const unmet = eligibility.conditions.filter((condition) => !condition.met);
  if (unmet.length > 0) {
    throw new AppError(
      'store.not_eligible',
      { unmet: unmet.map((condition) => condition.key), conditions: eligibility.conditions },
      { missing: unmet.map((condition) => condition.label).join('; ') },
    );
  }

  const store = await pendingStore(tx, input, type, pkg);
  const profile = await getBusinessProfile(tx, input.merchantId);
  const { purchase, payment } = await openPurchase(tx, {
    store,
    kind: 'open',
    pkg,
    feeAmount: pkg.feeAmount,
    depositAmount: await depositForCategory(tx, pkg, profile?.industry ?? null),
    provider: input.provider,
    trademarkUploadId: type.requiresTrademark ? input.trademarkUploadId : null,
    now: input.now,
  });
  await notifyOfflineInstructions(tx, payment);
  return { store, purchase, payment };
}

async function offeredPackage(tx: Tx, storeTypeId: string, packageId: string) {
  const type = await requireStoreType(tx, storeTypeId);
  if (!type.active) throw new AppError('store.type_not_found');
  const pkg = await requirePackage(tx, packageId);
  if (!pkg.active || pkg.storeTypeId !== type.id) throw new AppError('store.package_not_found');
  return { type, pkg };
}

/** The merchant's store waiting for payment: made now, or the one a failed purchase left. */
async function pendingStore(tx: Tx, input: PackagePurchase, type: StoreType, pkg: StorePackage) {
  const values = {
    storeTypeId: type.id,
    packageId: pkg.id,
    testMode: paymentProvider(input.provider).testMode,
    currency: pkg.currency,
    updatedAt: input.now,
  };
  // DO NOTHING: a second purchase racing this one finds the store instead of failing on the key.
  const [created] = await tx
    .insert(stores)
    .values({
      ...values,
      merchantId: input.merchantId,
      status: 'pending_payment',
      statusChangedAt: input.now,
      createdAt: input.now,
    })
    .onConflictDoNothing({ target: stores.merchantId })
    .returning();
  if (created) return created;
  const existing = await findStoreOfMerchant(tx, input.merchantId, { forUpdate: true });
  if (!existing) throw new Error('store vanished while buying it');
  if (existing.status !== 'pending_payment') throw new AppError('store.already_exists');
  const [updated] = await tx
    .update(stores)
    .set(values)
    .where(eq(stores.id, existing.id))
    .returning();
  if (!updated) throw new Error('store update returned nothing');
  return updated;
}
