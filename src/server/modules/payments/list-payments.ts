import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type Payment, type PaymentStatus, type ProviderCode, payments } from './schema.ts';

export interface PaymentFilter {
  status?: PaymentStatus;
  provider?: ProviderCode;
  merchantId?: string;
  limit: number;
  offset: number;
}

/**
 * The finance queue: transfers awaiting confirmation oldest first (first come, first confirmed);
 * any other listing newest first.
 */
export async function listPayments(
  db: Executor,
  filter: PaymentFilter,
): Promise<{ items: Payment[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(payments.status, filter.status));
  if (filter.provider) conditions.push(eq(payments.provider, filter.provider));
  if (filter.merchantId) conditions.push(eq(payments.merchantId, filter.merchantId));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const order =
    filter.status === 'awaiting_confirmation' || filter.status === 'pending'
      ? asc(payments.createdAt)
      : desc(payments.createdAt);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(payments)
      .where(where)
      .orderBy(order, asc(payments.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ value: count() }).from(payments).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}
