import type { MessageKey } from '../../i18n/en';
import type { Money } from '../store/types';

// The deposit account (SPEC §8) as GET /api/v1/me/deposit (and the operators'
// GET /api/v1/admin/merchants/{id}/deposit) show it: balance, what the store requires, and the
// statement newest first, read page by page with `before`.

export type DepositTransfer = {
  id: number;
  createdAt: string;
  kind: string;
  direction: 'in' | 'out';
  /** Signed: positive into the deposit, negative out of it. */
  amount: Money;
  balanceAfter: Money;
  memo: string | null;
  reference: string | null;
  reversesTransferId: number | null;
};

export type Deposit = {
  merchantId: string;
  balance: Money;
  required: Money;
  /** required − balance when positive: to be topped up. */
  shortfall: Money;
  transfers: DepositTransfer[];
  /** Pass as `before` to read older transfers; null at the end. */
  nextBefore: number | null;
};

const kindLabels: Record<string, MessageKey> = {
  deposit_payment: 'deposit.kind.deposit_payment',
  fee_payment: 'deposit.kind.fee_payment',
  penalty: 'deposit.kind.penalty',
  penalty_reversal: 'deposit.kind.penalty_reversal',
  compensation: 'deposit.kind.compensation',
  refund: 'deposit.kind.refund',
  payout: 'deposit.kind.payout',
  reversal: 'deposit.kind.reversal',
};

/** The label of a transfer kind; a kind this version does not know yet shows as it is. */
export const kindLabel = (kind: string): MessageKey | null => kindLabels[kind] ?? null;
