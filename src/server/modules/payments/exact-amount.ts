import { formatMoney } from '../../../shared/money.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Money } from '../ledger/index.ts';

/**
 * Only the exact amount due settles a payment: a partial transfer would activate a store whose
 * deposit is short, an excess one would hold money nobody booked.
 */
export function assertExactAmount(
  payment: { amount: number; currency: string },
  received: Money,
  locale: Locale,
): void {
  if (received.amount === payment.amount && received.currency === payment.currency) return;
  const due = { amount: payment.amount, currency: payment.currency };
  throw new AppError(
    'payment.amount_mismatch',
    { due, received },
    { due: formatMoney(due, locale), received: formatMoney(received, locale) },
  );
}
