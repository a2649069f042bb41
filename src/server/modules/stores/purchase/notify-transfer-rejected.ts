import type { Executor } from '../../../db/client.ts';
import type { Payment, TransferRejection } from '../../payments/index.ts';
import { notifyStoreOwner } from '../notify-merchant.ts';

/** Finance rejected a bank transfer: the merchant learns why, and that they can pay again. */
export async function notifyTransferRejected(
  tx: Executor,
  payment: Payment,
  rejection: { reason: TransferRejection; note: string | null },
): Promise<void> {
  if (!payment.reference || !payment.payerMerchantId) return;
  await notifyStoreOwner(
    tx,
    payment.payerMerchantId,
    `stores.transfer_rejected:${payment.id}`,
    'stores.transfer_rejected',
    {
      reference: payment.reference,
      total: { amount: payment.amount, currency: payment.currency },
      reason: rejection.reason,
      note: rejection.note,
    },
  );
}
