import { and, type Column, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type Merchant, merchants } from './schema.ts';

export const MERCHANT_STATUSES = ['active', 'suspended', 'closed'] as const;
export type MerchantStatus = Merchant['status'];

export interface MerchantListFilter {
  /** Part of the e-mail address, the phone number (spaces and dashes ignored) or the real name. */
  q?: string | undefined;
  status?: MerchantStatus | undefined;
  /**
   * A condition another module puts on the merchant's id (e.g. kyc's "has an approved identity"),
   * so that it filters inside this one query: never a list of ids, which grows with the table.
   */
  idCondition?: ((merchantId: Column) => SQL) | undefined;
  limit: number;
  offset: number;
}

/** A merchant as other modules may list them: no password hash, no normalised forms. */
export interface MerchantListItem {
  id: string;
  accountType: Merchant['accountType'];
  email: string | null;
  emailVerified: boolean;
  phone: string | null;
  phoneVerified: boolean;
  realName: string | null;
  locale: Merchant['locale'];
  status: MerchantStatus;
  createdAt: Date;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Merchants newest first, filtered and paged, with the count of all that match. Indexed
 * (migration 0014): the order by `merchants_newest`, the search by trigram indexes.
 */
export async function listMerchants(
  db: Executor,
  filter: MerchantListFilter,
): Promise<{ items: MerchantListItem[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (filter.status) conditions.push(eq(merchants.status, filter.status));
  if (filter.idCondition) conditions.push(filter.idCondition(merchants.id));
  const q = filter.q?.trim();
  if (q) {
    const digits = q.replace(/[\s\-().]/g, '');
    conditions.push(
      or(
        ilike(merchants.email, `%${escapeLike(q)}%`),
        ilike(merchants.realName, `%${escapeLike(q)}%`),
        ...(digits ? [ilike(merchants.phone, `%${escapeLike(digits)}%`)] : []),
      ),
    );
  }
  const where = and(...conditions);

  // The page and the count side by side: the count is what grows with the table.
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: merchants.id,
        accountType: merchants.accountType,
        email: merchants.email,
        emailVerifiedAt: merchants.emailVerifiedAt,
        phone: merchants.phone,
        phoneVerifiedAt: merchants.phoneVerifiedAt,
        realName: merchants.realName,
        locale: merchants.locale,
        status: merchants.status,
        createdAt: merchants.createdAt,
      })
      .from(merchants)
      .where(where)
      .orderBy(desc(merchants.createdAt), desc(merchants.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ value: count() }).from(merchants).where(where),
  ]);
  return {
    items: rows.map(({ emailVerifiedAt, phoneVerifiedAt, ...merchant }) => ({
      ...merchant,
      emailVerified: emailVerifiedAt !== null,
      phoneVerified: phoneVerifiedAt !== null,
    })),
    total: total?.value ?? 0,
  };
}
