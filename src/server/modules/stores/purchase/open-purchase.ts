import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import {
  cancelOpenPayments,
  createPayment,
  type Payment,
  type ProviderCode,
  paymentProvider,
} from '../../payments/index.ts';
import { purchaseLifecycle } from '../lifecycle.ts';
import {
  type PurchaseKind,
  type Store,
  type StorePackage,
  type StorePurchase,
  storePurchases,
} from '../schema.ts';

export interface PurchaseRequest {
  store: Store;
  kind: PurchaseKind;
  pkg: StorePackage;
  feeAmount: number;
  depositAmount: number;
  provider: ProviderCode;
  trademarkUploadId: string | null;
  now: Date;
}

/**
 * Record what is due (fee and deposit) and start paying it. An earlier purchase of the same
 * store still waiting for its money is replaced: its payments are cancelled, so only the newest
 * can activate the store.
 */
export async function openPurchase(
  tx: Executor,
  request: PurchaseRequest,
): Promise<{ purchase: StorePurchase; payment: Payment }> {
  const { store, pkg, now } = request;
  const merchant = { kind: 'merchant', id: store.merchantId } as const;
  const replaced = await tx
    .select({ id: storePurchases.id })
    .from(storePurchases)
    .where(and(eq(storePurchases.storeId, store.id), eq(storePurchases.status, 'pending_payment')))
    .for('update');
  for (const { id } of replaced) {
    await purchaseLifecycle.transition(tx, {
      id,
      from: 'pending_payment',
      to: 'cancelled',
      actor: merchant,
      reason: 'replaced',
      at: now,
      set: { updatedAt: now },
    });
    await cancelOpenPayments(tx, { type: 'store_purchase', id }, now, merchant);
  }

  const [purchase] = await tx
    .insert(storePurchases)
    .values({
      storeId: store.id,
      merchantId: store.merchantId,
      kind: request.kind,
      storeTypeId: pkg.storeTypeId,
      packageId: pkg.id,
      feeAmount: request.feeAmount,
      depositAmount: request.depositAmount,
      currency: pkg.currency,
      status: 'pending_payment',
      testMode: paymentProvider(request.provider).testMode,
      trademarkUploadId: request.trademarkUploadId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!purchase) throw new Error('purchase insert returned nothing');
  const payment = await createPayment(tx, {
    payer: merchant,
    subject: { type: 'store_purchase', id: purchase.id },
    lines: [
      { kind: 'fee', amount: purchase.feeAmount },
      { kind: 'deposit', amount: purchase.depositAmount },
    ],
    currency: purchase.currency,
    provider: request.provider,
    now,
  });
  return { purchase, payment };
}
