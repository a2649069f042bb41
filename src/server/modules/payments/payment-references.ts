import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { payments } from './schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a merchant can match with their bank statement: the transfer code and the bank's reference. */
export interface PaymentReferences {
  /** The code quoted on an offline transfer (KD-7F3K-92QD); null for sandbox payments. */
  transferCode: string | null;
  /** The reference the bank gave the transfer, as finance recorded it on confirmation. */
  bankReference: string | null;
}

/**
 * The references of the payments behind ledger transfers (whose reference is the payment's id),
 * by payment id; references that are no payment's id are left out.
 */
export async function paymentReferences(
  db: Executor,
  ids: readonly (string | null)[],
): Promise<Map<string, PaymentReferences>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null && UUID.test(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: payments.id,
      transferCode: payments.reference,
      bankReference: payments.bankReference,
    })
    .from(payments)
    .where(inArray(payments.id, wanted));
  return new Map(rows.map(({ id, ...references }) => [id, references]));
}
