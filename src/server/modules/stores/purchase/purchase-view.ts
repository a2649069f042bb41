import { Type } from '@sinclair/typebox';
import type { Executor } from '../../../db/client.ts';
import { MoneyView as Money } from '../../../http/money-schema.ts';
import { type Payment, PaymentViewSchema, paymentView } from '../../payments/index.ts';
import type { Store, StorePurchase } from '../schema.ts';

/** POST /me/store/purchase and /me/store/renew answer this: what is due, and how to pay it. */
export const PurchaseViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Union([Type.Literal('open'), Type.Literal('renewal')]),
  status: Type.Union([
    Type.Literal('pending_payment'),
    Type.Literal('paid'),
    Type.Literal('failed'),
    Type.Literal('cancelled'),
  ]),
  storeId: Type.String({ format: 'uuid' }),
  storeStatus: Type.String(),
  storeTypeId: Type.String({ format: 'uuid' }),
  packageId: Type.String({ format: 'uuid' }),
  fee: Money,
  deposit: Money,
  amount: Money,
  testMode: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  payment: Type.Union([PaymentViewSchema, Type.Null()]),
});

export async function purchaseView(
  db: Executor,
  store: Store,
  purchase: StorePurchase,
  payment: Payment | null,
) {
  const money = (amount: number) => ({ amount, currency: purchase.currency });
  return {
    id: purchase.id,
    kind: purchase.kind,
    status: purchase.status,
    storeId: store.id,
    storeStatus: store.status,
    storeTypeId: purchase.storeTypeId,
    packageId: purchase.packageId,
    fee: money(purchase.feeAmount),
    deposit: money(purchase.depositAmount),
    amount: money(purchase.feeAmount + purchase.depositAmount),
    testMode: purchase.testMode,
    createdAt: purchase.createdAt.toISOString(),
    payment: payment ? await paymentView(db, payment) : null,
  };
}
