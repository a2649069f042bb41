import { AppError } from '../../errors.ts';

export type { Money } from '../../../shared/money.ts';

export const DEFAULT_CURRENCY = 'CNY';

export function invalidTransfer(field: string, rule: string): AppError {
  return new AppError('ledger.invalid_transfer', { field, rule }, { field });
}

/** Refuses anything but a whole, positive number of minor units that a JS number holds exactly. */
export function assertAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw invalidTransfer('amount', 'positive_integer');
}

export function assertCurrency(currency: string): void {
  if (!/^[A-Z]{3}$/.test(currency)) throw invalidTransfer('currency', 'iso_4217');
}
