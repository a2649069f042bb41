import type { Tx } from '../../db/client.ts';
import type { Payment } from './schema.ts';
import type { TransferRejection } from './transfer-rejections.ts';

/**
 * What a payment pays for learns how it ended, in the transaction that settles it. The module
 * that owns the subject lists it in its manifest (`paymentSubjects`), so payments never imports
 * what it is paid for.
 */
export interface PaymentSubject {
  succeeded(tx: Tx, payment: Payment, now: Date): Promise<void>;
  failed(tx: Tx, payment: Payment, now: Date): Promise<void>;
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
