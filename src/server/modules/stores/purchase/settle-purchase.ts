import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { recordEvent } from '../../../outbox/events.ts';
import { ensureMerchantDepositAccount, ensurePlatformAccount } from '../../ledger/index.ts';
import { type Payment, type PaymentSubject, paymentActor } from '../../payments/index.ts';
import { requireStoreById } from '../find-store.ts';
import { purchaseLifecycle, storeLifecycle } from '../lifecycle.ts';
import { notifyStoreOwner } from '../notify-merchant.ts';
import { requirePackage, requireStoreType } from '../offerings/find-offering-rows.ts';
import { oneServicePeriodFrom, renewedServiceEnd } from '../policy.ts';
import { type Store, type StorePurchase, storePurchases, stores } from '../schema.ts';
import { notifyTransferRejected } from './notify-transfer-rejected.ts';

/**
 * How a store purchase learns that its payment ended, inside the payment's settling
 * transaction: so the store is activated exactly when the money is booked, or not at all.
 */
export const storePurchaseSettlement: PaymentSubject = {
  // The fee is the platform's income; the deposit is held for the merchant, and a refund takes
  // it back out of their deposit account (never below zero: the ledger refuses that).
  async linePostings(tx, payment) {
    const merchantId = payment.payerMerchantId;
    if (!merchantId) throw new Error(`store purchase payment ${payment.id} has no merchant payer`);
    const feeIncome = await ensurePlatformAccount(tx, 'platform_fee_income', payment.currency);
    const deposit = await ensureMerchantDepositAccount(tx, merchantId, payment.currency);
    return {
      fee: {
        account: feeIncome.id,
        kind: 'fee_payment',
        memoCode: 'payment.fee',
        refundMemoCode: 'refund.fee',
      },
      deposit: {
        account: deposit.id,
        kind: 'deposit_payment',
        memoCode: 'payment.deposit',
        refundMemoCode: 'refund.deposit',
      },
    };
  },
  // A partial refund gives the deposit back before the fee: the fee paid for service given.
  refundOrder: ['deposit', 'fee'],

  async succeeded(tx, payment, now) {
    // Store before purchase: the order in which a new purchase of the same store locks them.
    const store = await requireStoreById(tx, await storeIdOf(tx, payment), { forUpdate: true });
    const purchase = await lockPurchase(tx, payment);
    if (purchase.status === 'paid') return;
    await purchaseLifecycle.transition(tx, {
      id: purchase.id,
      from: purchase.status,
      to: 'paid',
      actor: paymentActor(payment),
      at: now,
      set: { paidAt: now, updatedAt: now },
    });
    const activated = await activate(tx, store, purchase, payment, now);
    const topic = purchase.kind === 'open' ? 'store.opened' : 'store.renewed';
    await recordEvent(tx, {
      topic,
      key: `${topic}:${purchase.id}`,
      occurredAt: now,
      data: { merchantId: store.merchantId, storeId: store.id, purchaseId: purchase.id },
    });
    await sendReceipt(tx, activated, purchase, payment);
  },

  async failed(tx, payment, now) {
    await requireStoreById(tx, await storeIdOf(tx, payment), { forUpdate: true });
    const purchase = await lockPurchase(tx, payment);
    if (purchase.status !== 'pending_payment') return;
    await purchaseLifecycle.transition(tx, {
      id: purchase.id,
      from: purchase.status,
      to: 'failed',
      actor: paymentActor(payment),
      reason: payment.failureCode,
      at: now,
      set: { updatedAt: now },
    });
  },

  transferRejected: notifyTransferRejected,
};

async function storeIdOf(tx: Tx, payment: Payment): Promise<string> {
  const [purchase] = await tx
    .select({ storeId: storePurchases.storeId })
    .from(storePurchases)
    .where(eq(storePurchases.id, payment.subjectId));
  if (!purchase) throw new Error(`payment ${payment.id} pays for no purchase`);
  return purchase.storeId;
}

async function lockPurchase(tx: Tx, payment: Payment): Promise<StorePurchase> {
  const [purchase] = await tx
    .select()
    .from(storePurchases)
    .where(eq(storePurchases.id, payment.subjectId))
    .for('update');
  if (!purchase) throw new Error(`payment ${payment.id} pays for no purchase`);
  return purchase;
}

/** Opening starts a year of service; renewal adds a year to whichever is later, now or the end. */
async function activate(
  tx: Tx,
  store: Store,
  purchase: StorePurchase,
  payment: Payment,
  now: Date,
): Promise<Store> {
  const opening = purchase.kind === 'open';
  const changes = {
    serviceEndsAt: opening
      ? oneServicePeriodFrom(now)
      : renewedServiceEnd(now, store.serviceEndsAt),
    firstActivatedAt: store.firstActivatedAt ?? now,
    testMode: purchase.testMode,
    ...(opening ? { depositRequired: purchase.depositAmount, currency: purchase.currency } : {}),
    updatedAt: now,
  };
  if (store.status !== 'active') {
    return storeLifecycle.transition(tx, {
      id: store.id,
      from: store.status,
      to: 'active',
      actor: paymentActor(payment),
      reason: purchase.kind,
      at: now,
      set: { ...changes, statusChangedAt: now },
    });
  }
  const [updated] = await tx.update(stores).set(changes).where(eq(stores.id, store.id)).returning();
  if (!updated) throw new Error('store update returned nothing');
  return updated;
}

async function sendReceipt(tx: Tx, store: Store, purchase: StorePurchase, payment: Payment) {
  const [type, pkg] = await Promise.all([
    requireStoreType(tx, purchase.storeTypeId),
    requirePackage(tx, purchase.packageId),
  ]);
  const money = (amount: number) => ({ amount, currency: payment.currency });
  await notifyStoreOwner(tx, store.merchantId, `stores.receipt:${payment.id}`, 'stores.receipt', {
    kind: purchase.kind,
    storeType: { en: type.nameEn, 'zh-CN': type.nameZh },
    package: { en: pkg.nameEn, 'zh-CN': pkg.nameZh },
    fee: money(purchase.feeAmount),
    deposit: money(purchase.depositAmount),
    total: money(payment.amount),
    paymentId: payment.id,
    reference: payment.reference,
    serviceEndsAt: (store.serviceEndsAt ?? new Date(0)).toISOString(),
    testMode: payment.testMode,
  });
}
