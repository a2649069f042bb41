import type { ResponseOf } from '../../api/contract';
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/i18n';

// The deposit account (SPEC §8) as GET /api/v1/me/deposit (and the operators'
// GET /api/v1/admin/merchants/{id}/deposit) show it: balance, what the store requires, and the
// statement newest first, read page by page with `before` (the server's shape: api/contract.ts).

export type Deposit = ResponseOf<'getMeDeposit'>;
export type DepositTransfer = Deposit['transfers'][number];

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

const memoLabels: Record<string, MessageKey> = {
  'payment.fee': 'deposit.memo.payment.fee',
  'payment.deposit': 'deposit.memo.payment.deposit',
  'refund.deposit': 'deposit.memo.refund.deposit',
};

/**
 * A transfer's memo in the reader's language: its code's message, marked when it was a test
 * payment; a transfer from before memo codes (or with a code this version does not know) shows
 * its stored text.
 */
export function memoText(
  transfer: Pick<DepositTransfer, 'memoCode' | 'memoParams' | 'memo'>,
  t: Translate,
): string | null {
  const label = transfer.memoCode ? memoLabels[transfer.memoCode] : undefined;
  if (!label) return transfer.memo;
  const memo = t(label);
  return transfer.memoParams.testMode === true ? t('deposit.memo.testMode', { memo }) : memo;
}

/** Internal ids (a payment's uuid) mean nothing on a bank statement: those are not shown. */
export const isInternalId = (reference: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(reference);
