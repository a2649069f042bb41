import { and, count, desc, eq, ilike, inArray, notInArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type Merchant, merchants } from './schema.ts';

export const MERCHANT_STATUSES = ['active', 'suspended', 'closed'] as const;
export type MerchantStatus = Merchant['status'];

export interface MerchantListFilter {
  /** Part of the e-mail address, the phone number (spaces and dashes ignored) or the real name. */
  q?: string | undefined;
  status?: MerchantStatus | undefined;
  /** Only these merchants (an empty list finds none). */
  ids?: readonly string[] | undefined;
  /** None of these merchants. */
  excludeIds?: readonly string[] | undefined;
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

/** Merchants newest first, filtered and paged, with the count of all that match. */
export async function listMerchants(
  db: Executor,
  filter: MerchantListFilter,
): Promise<{ items: MerchantListItem[]; total: number }> {
  if (filter.ids?.length === 0) return { items: [], total: 0 };
  const conditions: (SQL | undefined)[] = [];
  if (filter.status) conditions.push(eq(merchants.status, filter.status));
  if (filter.ids) conditions.push(inArray(merchants.id, [...filter.ids]));
  if (filter.excludeIds?.length) conditions.push(notInArray(merchants.id, [...filter.excludeIds]));
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

  const rows = await db
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
    .offset(filter.offset);
  const [total] = await db.select({ value: count() }).from(merchants).where(where);
  return {
    items: rows.map(({ emailVerifiedAt, phoneVerifiedAt, ...merchant }) => ({
      ...merchant,
      emailVerified: emailVerifiedAt !== null,
      phoneVerified: phoneVerifiedAt !== null,
    })),
    total: total?.value ?? 0,
  };
}
