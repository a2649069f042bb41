import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { formatMoney } from '../../../shared/money.ts';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { recordAudit } from '../audit/index.ts';
import { ensurePlatformAccount, type Money, postTransfer } from '../ledger/index.ts';
import { requirePayment } from './find-payment.ts';
import { type PaymentDetails, paymentDetails, refundedAmount } from './payment-lines.ts';
import { postingOf, transferCommon } from './post-payment-transfers.ts';
import { paymentProvider } from './providers/index.ts';
import { type Payment, type PaymentRefund, paymentRefunds } from './schema.ts';
import { paymentSubject } from './subjects.ts';

export interface RefundRequest {
  paymentId: string;
  amount: Money;
  reason: string;
  /** The same key is the same refund: a retried request gives it back and moves nothing more. */
  idempotencyKey: string | null;
  /** Offline payments: the reference of the bank transfer that sent the money back. */
  bankReference: string | null;
  operatorId: string;
  ip: string | null;
  now: Date;
  locale: Locale;
}

export interface RefundOutcome {
  refund: PaymentRefund;
  payment: Payment;
  /** False when the key had already made this refund. */
  created: boolean;
}

/**
 * Give back part or all of a succeeded payment. The payment stays `succeeded` (what happened to
 * it is final); its refund rows say what was given back. The payment row is locked first, so
 * refunds of one payment queue: their sum never passes what was paid, and a retried key finds
 * the refund its first attempt committed. Each line's share goes back out of the account it was
 * booked to (the ledger refuses to take a deposit below zero), keyed by the refund's id.
 */
export async function refundPayment(tx: Tx, input: RefundRequest): Promise<RefundOutcome> {
  const payment = await requirePayment(tx, input.paymentId, { forUpdate: true });
  const key = input.idempotencyKey ?? `refund:${randomUUID()}`;
  const earlier = await findRefundByKey(tx, key);
  if (earlier) {
    if (earlier.paymentId !== payment.id || earlier.amount !== input.amount.amount) {
      throw new AppError('payment.refund_key_reused');
    }
    return { refund: earlier, payment, created: false };
  }
  if (payment.status !== 'succeeded') {
    throw new AppError(
      'payment.not_refundable',
      { status: payment.status },
      {
        status: payment.status,
      },
    );
  }
  if (input.amount.currency !== payment.currency) {
    throw new AppError(
      'payment.refund_currency',
      { currency: payment.currency },
      {
        currency: payment.currency,
      },
    );
  }
  const details = (await paymentDetails(tx, [payment.id])).get(payment.id);
  if (!details) throw new Error(`payment ${payment.id} vanished while refunding it`);
  const remaining = payment.amount - refundedAmount(details);
  if (input.amount.amount > remaining) {
    const money = (amount: number) => ({ amount, currency: payment.currency });
    throw new AppError(
      'payment.refund_exceeds_paid',
      { remaining: money(remaining), paid: money(payment.amount) },
      { remaining: formatMoney(money(remaining), input.locale) },
    );
  }

  const subject = paymentSubject(payment.subjectType);
  const lines = allocate(details, input.amount.amount, subject.refundOrder ?? []);
  const refundId = randomUUID();
  const refunded = await paymentProvider(payment.provider).refund(payment, {
    refundId,
    amount: input.amount.amount,
    currency: payment.currency,
    bankReference: input.bankReference,
  });
  const [refund] = await tx
    .insert(paymentRefunds)
    .values({
      id: refundId,
      paymentId: payment.id,
      amount: input.amount.amount,
      currency: payment.currency,
      lines,
      reason: input.reason,
      status: 'succeeded',
      idempotencyKey: key,
      providerReference: refunded.reference,
      requestedBy: input.operatorId,
      createdAt: input.now,
      settledAt: input.now,
    })
    // The key was taken by a refund of another payment, committed while this one waited.
    .onConflictDoNothing({ target: paymentRefunds.idempotencyKey })
    .returning();
  if (!refund) throw new AppError('payment.refund_key_reused');

  const postings = await subject.linePostings(tx, payment);
  const cash = await ensurePlatformAccount(tx, 'platform_cash', payment.currency);
  for (const [kind, amount] of Object.entries(lines)) {
    const posting = postingOf(postings, payment, kind);
    await postTransfer(tx, {
      ...transferCommon(payment),
      metadata: { provider: payment.provider, testMode: payment.testMode, refundId },
      key: `refund:${refundId}:${kind}`,
      debit: posting.account,
      credit: cash.id,
      amount,
      kind: 'refund',
      memoCode: posting.refundMemoCode,
    });
  }
  await subject.refunded?.(tx, payment, refund, input.now);
  await recordAudit(tx, {
    actor: input.operatorId,
    action: 'payment.refunded',
    target: { type: 'payment', id: payment.id },
    before: { refunded: payment.amount - remaining },
    after: {
      refundId,
      amount: input.amount,
      refunded: payment.amount - remaining + input.amount.amount,
      reason: input.reason,
      providerReference: refunded.reference,
    },
    ip: input.ip,
    at: input.now,
  });
  return { refund, payment, created: true };
}

async function findRefundByKey(tx: Tx, key: string): Promise<PaymentRefund | undefined> {
  const [refund] = await tx
    .select()
    .from(paymentRefunds)
    .where(eq(paymentRefunds.idempotencyKey, key));
  return refund;
}

/**
 * Split a refund over the payment's lines: the kinds the subject names first, then the others
 * last line first, each up to what is left of it after earlier refunds.
 */
function allocate(
  details: PaymentDetails,
  amount: number,
  order: readonly string[],
): Record<string, number> {
  const given = new Map<string, number>();
  for (const refund of details.refunds) {
    if (refund.status !== 'succeeded') continue;
    for (const [kind, part] of Object.entries(refund.lines)) {
      given.set(kind, (given.get(kind) ?? 0) + part);
    }
  }
  const rank = (kind: string) => {
    const named = order.indexOf(kind);
    return named === -1 ? order.length : named;
  };
  const lines = [...details.lines].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || b.position - a.position,
  );
  const shares: Record<string, number> = {};
  let left = amount;
  for (const line of lines) {
    const share = Math.min(left, line.amount - (given.get(line.kind) ?? 0));
    if (share > 0) {
      shares[line.kind] = share;
      left -= share;
    }
  }
  return shares;
}
