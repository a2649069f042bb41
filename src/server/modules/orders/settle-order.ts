import { recordEvent } from '../../outbox/events.ts';
import { ensurePlatformAccount } from '../ledger/index.ts';
import { type PaymentSubject, paymentActor } from '../payments/index.ts';
import { openedOrder } from './buyer-order.ts';
import { orderLifecycle } from './lifecycle.ts';
import { mailMerchantPaid } from './notify-order.ts';
import { cancelUnpaidOrder, lockOrder } from './release-order.ts';

/**
 * How an order learns that its payment ended, in the payment's settling transaction. The buyer's
 * money is held by the platform (`order_funds_held`) until the order completes (SPEC §7).
 */
export const orderPaymentSettlement: PaymentSubject = {
  async linePostings(tx, payment) {
    const held = await ensurePlatformAccount(tx, 'order_funds_held', payment.currency);
    return {
      goods: {
        account: held.id,
        kind: 'order_payment',
        memoCode: 'payment.order',
        refundMemoCode: 'refund.order',
      },
    };
  },

  async succeeded(tx, payment, now) {
    const order = await lockOrder(tx, payment.subjectId);
    if (order?.status !== 'pending_payment') return;
    await orderLifecycle.transition(tx, {
      id: order.id,
      from: 'pending_payment',
      to: 'paid',
      actor: paymentActor(payment),
      at: now,
      set: { paidAt: now, updatedAt: now },
    });
    await mailMerchantPaid(tx, order);
    await recordEvent(tx, {
      topic: 'order.paid',
      key: `order.paid:${order.id}`,
      occurredAt: now,
      data: { orderId: order.id, merchantId: order.merchantId, storeId: order.storeId },
    });
  },

  async opensWithKey(tx, payment, key) {
    return (await openedOrder(tx, payment.subjectId, key)) !== null;
  },

  // A failed payment cancels the order and gives its stock back; the buyer checks out again.
  async failed(tx, payment, now) {
    const order = await lockOrder(tx, payment.subjectId);
    if (order?.status !== 'pending_payment') return;
    await cancelUnpaidOrder(tx, order, {
      actor: paymentActor(payment),
      reason: payment.failureCode ?? 'payment_failed',
      now,
      cancelPayment: false,
    });
  },
};
