import { inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  type PaymentLine,
  type PaymentRefund,
  paymentLines,
  paymentRefunds,
  payments,
} from './schema.ts';

/** A payment's lines in reading order, and its refunds oldest first. */
export interface PaymentDetails {
  lines: Omit<PaymentLine, 'paymentId'>[];
  refunds: PaymentRefund[];
}

/** The line of a kind (0 if the payment has none): `lineAmount(details, 'fee')`. */
export function lineAmount(details: PaymentDetails, kind: string): number {
  return details.lines.find((line) => line.kind === kind)?.amount ?? 0;
}

/** What succeeded refunds gave back in all. */
export function refundedAmount(details: PaymentDetails): number {
  return details.refunds
    .filter((refund) => refund.status === 'succeeded')
    .reduce((sum, refund) => sum + refund.amount, 0);
}

/**
 * The lines and refunds of each payment row, as two JSON columns of the row's own query: a page
 * of payments reads them in that one query (correlated subqueries on their primary and
 * payment-id indexes), never one query per payment.
 */
// Qualified by hand: drizzle writes a column in a select list without its table, and inside the
// subqueries a bare "id" would be the refund's own.
const outerPaymentId = sql.raw('"payments"."id"');

export const detailColumns = {
  lines: sql<RawLine[]>`(
    SELECT coalesce(json_agg(json_build_object(
      'kind', l.kind, 'amount', l.amount, 'currency', l.currency, 'position', l.position
    ) ORDER BY l.position), '[]'::json)
    FROM ${paymentLines} l WHERE l.payment_id = ${outerPaymentId})`,
  refunds: sql<RawRefund[]>`(
    SELECT coalesce(json_agg(json_build_object(
      'id', r.id, 'paymentId', r.payment_id, 'amount', r.amount, 'currency', r.currency,
      'lines', r.lines, 'reason', r.reason, 'status', r.status,
      'idempotencyKey', r.idempotency_key, 'providerReference', r.provider_reference,
      'requestedBy', r.requested_by, 'createdAt', r.created_at, 'settledAt', r.settled_at
    ) ORDER BY r.created_at, r.id), '[]'::json)
    FROM ${paymentRefunds} r WHERE r.payment_id = ${outerPaymentId})`,
} satisfies Record<string, SQL>;

type RawLine = PaymentDetails['lines'][number];
type RawRefund = Omit<PaymentRefund, 'createdAt' | 'settledAt'> & {
  createdAt: string;
  settledAt: string | null;
};

/** The two JSON columns of detailColumns, as PaymentDetails. */
export function readDetails(row: { lines: RawLine[]; refunds: RawRefund[] }): PaymentDetails {
  return {
    lines: row.lines.map((line) => ({ ...line, amount: Number(line.amount) })),
    refunds: row.refunds.map((refund) => ({
      ...refund,
      amount: Number(refund.amount),
      createdAt: new Date(refund.createdAt),
      settledAt: refund.settledAt === null ? null : new Date(refund.settledAt),
    })),
  };
}

/** The details of some payments, by id, in one query. */
export async function paymentDetails(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, PaymentDetails>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: payments.id, ...detailColumns })
    .from(payments)
    .where(inArray(payments.id, [...ids]));
  return new Map(rows.map((row) => [row.id, readDetails(row)]));
}
