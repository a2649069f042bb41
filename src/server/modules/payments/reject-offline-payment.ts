import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/index.ts';
import { applyPaymentFailed } from './apply-payment-failed.ts';
import type { Settlement } from './apply-payment-succeeded.ts';
import { requirePayment } from './find-payment.ts';
import { paymentSubject } from './subjects.ts';
import { TRANSFER_REJECTIONS, type TransferRejection } from './transfer-rejections.ts';

export interface OfflineRejection {
  paymentId: string;
  reason: TransferRejection;
  /** Finance's own words: required for "other", shown to the merchant as written. */
  note: string | null;
  operatorId: string;
  ip: string | null;
  now: Date;
}

/**
 * A finance operator rejects a bank transfer (it came from someone else, it never arrived, …).
 * The payment fails through the status table, the purchase may be paid again, the merchant is
 * told why by e-mail, and the decision is audited. Rejecting twice rejects once.
 */
export async function rejectOfflinePayment(tx: Tx, input: OfflineRejection): Promise<Settlement> {
  const payment = await requirePayment(tx, input.paymentId);
  if (payment.provider !== 'offline') {
    throw new AppError('payment.wrong_provider', undefined, { provider: 'offline' });
  }
  const note = input.note?.trim() || null;
  if (input.reason === 'other' && !note) throw new AppError('payment.rejection_note_required');
  const settlement = await applyPaymentFailed(tx, payment.id, `offline:reject:${payment.id}`, {
    now: input.now,
    code: TRANSFER_REJECTIONS[input.reason].failureCode,
    reason: note,
    payload: { operatorId: input.operatorId, reason: input.reason, note },
    operatorId: input.operatorId,
  });
  if (settlement.applied) {
    await recordAudit(tx, {
      actor: input.operatorId,
      action: 'payment.rejected',
      target: { type: 'payment', id: payment.id },
      before: { status: payment.status },
      after: { status: settlement.payment.status, reason: input.reason, note },
      ip: input.ip,
      at: input.now,
    });
    await paymentSubject(payment.subjectType).transferRejected?.(tx, settlement.payment, {
      reason: input.reason,
      note,
    });
  }
  return settlement;
}
