import type { Tx } from '../../db/client.ts';
import type { TransferKind } from '../ledger/index.ts';
import type { Payment, PaymentRefund } from './schema.ts';
import type { TransferRejection } from './transfer-rejections.ts';

/**
 * Where one line of a payment goes in the ledger: on success it moves from platform cash to
 * `account`; a refund moves (part of) it back out of `account` into platform cash. A failed
 * payment books nothing, so a subject has no postings for failure.
 */
export interface LinePosting {
  /** Ledger account id: platform fee income for a fee, the merchant's deposit for a deposit. */
  account: string;
  kind: TransferKind;
  /** The memo code of the success transfer (`payment.fee`) and of a refund's (`refund.fee`). */
  memoCode: string;
  refundMemoCode: string;
}

/**
 * What a payment pays for: it supplies the payment's lines (its owner passes them to
 * createPayment), says where each line posts in the ledger, and learns how the payment ended in
 * the transaction that settles it. The module that owns the subject lists it in its manifest
 * (`paymentSubjects`), so payments never imports what it is paid for.
 */
export interface PaymentSubject {
  /** The ledger posting of each line kind the subject's payments have. */
  linePostings(tx: Tx, payment: Payment): Promise<Record<string, LinePosting>>;
  /**
   * Which line kinds a partial refund gives back first; kinds not named follow, last line first.
   */
  refundOrder?: readonly string[];
  succeeded(tx: Tx, payment: Payment, now: Date): Promise<void>;
  failed(tx: Tx, payment: Payment, now: Date): Promise<void>;
  /** A guest payer's key (an order's private key) opens this payment: for the buyer's sandbox. */
  opensWithKey?(tx: Tx, payment: Payment, key: string): Promise<boolean>;
  /** Money was given back (its transfers are booked): react in the same transaction. */
  refunded?(tx: Tx, payment: Payment, refund: PaymentRefund, now: Date): Promise<void>;
  /** Finance rejected the bank transfer: tell whoever paid why, in the same transaction. */
  transferRejected?(
    tx: Tx,
    payment: Payment,
    rejection: { reason: TransferRejection; note: string | null },
  ): Promise<void>;
}

const subjects = new Map<string, PaymentSubject>();

/** Called once by the module composition with every manifest's payment subjects. */
export function registerPaymentSubjects(registered: Record<string, PaymentSubject>): void {
  for (const [type, subject] of Object.entries(registered)) subjects.set(type, subject);
}

export function paymentSubject(type: string): PaymentSubject {
  const subject = subjects.get(type);
  if (!subject) {
    throw new Error(
      `no payment subject "${type}": a module lists it in its manifest's paymentSubjects`,
    );
  }
  return subject;
}
