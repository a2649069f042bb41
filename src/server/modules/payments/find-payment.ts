import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { type Payment, payments } from './schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A payment by id (locked when it is about to change); unknown is `payment.not_found`. */
export async function requirePayment(
  db: Executor,
  id: string,
  options: { forUpdate?: boolean; merchantId?: string } = {},
): Promise<Payment> {
  if (!UUID.test(id)) throw new AppError('payment.not_found');
  const query = db.select().from(payments).where(eq(payments.id, id));
  const [payment] = options.forUpdate ? await query.for('update') : await query;
  // Someone else's payment is answered exactly like one that does not exist.
  if (!payment || (options.merchantId && payment.payerMerchantId !== options.merchantId)) {
    throw new AppError('payment.not_found');
  }
  return payment;
}

/** The newest payment made for a subject (a purchase): what the merchant last tried. */
export async function latestPaymentOf(
  db: Executor,
  subject: { type: Payment['subjectType']; id: string },
): Promise<Payment | null> {
  const [payment] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.subjectType, subject.type), eq(payments.subjectId, subject.id)))
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(1);
  return payment ?? null;
}

/** What a payment pays for, for a subject's module that checks its own access first. */
export async function subjectOfPayment(
  db: Executor,
  id: string,
): Promise<{ type: Payment['subjectType']; id: string } | null> {
  if (!UUID.test(id)) return null;
  const [payment] = await db
    .select({ type: payments.subjectType, id: payments.subjectId })
    .from(payments)
    .where(eq(payments.id, id));
  return payment ?? null;
}
