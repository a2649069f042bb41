import type { Executor } from '../../../db/client.ts';
import { bankAccount, type Payment } from '../../payments/index.ts';
import { notifyStoreOwner } from '../notify-merchant.ts';

/** A bank transfer to make: the merchant gets the reference and the account by e-mail too. */
export async function notifyOfflineInstructions(tx: Executor, payment: Payment): Promise<void> {
  if (payment.provider !== 'offline' || !payment.reference || !payment.payerMerchantId) return;
  // Bank transfer is offered only with an account to send it to (payments/offered-providers.ts).
  const account = await bankAccount(tx);
  if (!account) return;
  await notifyStoreOwner(
    tx,
    payment.payerMerchantId,
    `stores.offline_instructions:${payment.id}`,
    'stores.offline_instructions',
    {
      reference: payment.reference,
      total: { amount: payment.amount, currency: payment.currency },
      bankAccount: account,
    },
  );
}
