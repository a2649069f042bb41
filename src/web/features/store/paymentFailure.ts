import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/i18n';
import type { Payment } from './types';

const failureLabels: Record<string, MessageKey> = {
  sandbox_declined: 'store.payment.failure.sandbox_declined',
  provider_failed: 'store.payment.failure.provider_failed',
  transfer_wrong_payer: 'store.payment.failure.transfer_wrong_payer',
  transfer_not_received: 'store.payment.failure.transfer_not_received',
  transfer_wrong_amount: 'store.payment.failure.transfer_wrong_amount',
  transfer_rejected: 'store.payment.failure.transfer_rejected',
};

/**
 * Why a payment failed, in the reader's language: the code's message, with the provider's (or an
 * operator's) own words after it; older payments without a code show their stored text. Null when
 * nothing was said.
 */
export function paymentFailureText(
  payment: Pick<Payment, 'failureCode' | 'failureReason'>,
  t: Translate,
): string | null {
  const label = payment.failureCode ? failureLabels[payment.failureCode] : undefined;
  if (!label) return payment.failureReason;
  const failure = t(label);
  return payment.failureReason
    ? t('store.payment.failure.withReason', { failure, reason: payment.failureReason })
    : failure;
}
