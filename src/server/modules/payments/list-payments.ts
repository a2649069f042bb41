import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { merchantContacts } from '../accounts/index.ts';
import { detailColumns, readDetails } from './payment-lines.ts';
import { platformAccountFor, toAdminPaymentView } from './payment-view.ts';
import { type PaymentStatus, type ProviderCode, payments } from './schema.ts';

export interface PaymentFilter {
  status?: PaymentStatus;
  provider?: ProviderCode;
  merchantId?: string;
  limit: number;
  offset: number;
}

/**
 * The finance list, a page in ONE query — each payment with its payer's contact, its lines and
 * its refunds — plus the count; the platform's bank account is read once, only if the page has
 * an open payment. Transfers awaiting confirmation come oldest first (first come, first
 * confirmed), any other listing newest first. Each order is an index of 0012/0014 read in one
 * direction or the other (hence ties by id in the opposite direction for the queue).
 */
export async function listPayments(db: Executor, filter: PaymentFilter) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(payments.status, filter.status));
  if (filter.provider) conditions.push(eq(payments.provider, filter.provider));
  if (filter.merchantId) conditions.push(eq(payments.payerMerchantId, filter.merchantId));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const oldestFirst = filter.status === 'awaiting_confirmation' || filter.status === 'pending';
  const order = oldestFirst
    ? [asc(payments.createdAt), desc(payments.id)]
    : [desc(payments.createdAt), asc(payments.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select({
        payment: payments,
        contactId: merchantContacts.id,
        realName: merchantContacts.realName,
        email: merchantContacts.email,
        phone: merchantContacts.phone,
        ...detailColumns,
      })
      .from(payments)
      .leftJoin(merchantContacts, eq(merchantContacts.id, payments.payerMerchantId))
      .where(where)
      .orderBy(...order)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ value: count() }).from(payments).where(where),
  ]);
  const platformAccount = await platformAccountFor(
    db,
    rows.map((row) => row.payment),
  );
  return {
    items: rows.map((row) =>
      toAdminPaymentView(
        row.payment,
        readDetails(row),
        platformAccount,
        row.contactId === null
          ? null
          : { realName: row.realName, email: row.email, phone: row.phone },
      ),
    ),
    total: total?.value ?? 0,
  };
}
