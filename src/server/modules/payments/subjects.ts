import type { Tx } from '../../db/client.ts';
import { storePurchaseSettlement } from '../stores/purchase/settle-purchase.ts';
import type { Payment, SubjectType } from './schema.ts';

/** What a payment pays for learns how it ended, in the transaction that settles it. */
export interface PaymentSubject {
  succeeded(tx: Tx, payment: Payment, now: Date): Promise<void>;
  failed(tx: Tx, payment: Payment, now: Date): Promise<void>;
}

export const PAYMENT_SUBJECTS: Record<SubjectType, PaymentSubject> = {
  store_purchase: storePurchaseSettlement,
};
