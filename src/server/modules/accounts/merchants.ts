import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { type ContactChannel, type Merchant, merchants } from './schema.ts';

export async function findMerchant(db: Executor, id: string): Promise<Merchant | null> {
  const [merchant] = await db.select().from(merchants).where(eq(merchants.id, id));
  return merchant ?? null;
}

/** For a signed-in merchant: the row must exist (a deleted account's session is not signed in). */
export async function requireMerchantRow(db: Executor, id: string): Promise<Merchant> {
  const merchant = await findMerchant(db, id);
  if (!merchant) throw new AppError('auth.required');
  return merchant;
}

/** The account a normalised e-mail or an E.164 phone belongs to. */
export async function findMerchantByAddress(
  db: Executor,
  channel: ContactChannel,
  address: string,
): Promise<Merchant | null> {
  const [merchant] = await db
    .select()
    .from(merchants)
    .where(
      channel === 'email' ? eq(merchants.emailNormalized, address) : eq(merchants.phone, address),
    );
  return merchant ?? null;
}

/** The merchant's address on a channel, if verified: where its codes and notices go. */
export function contactOf(merchant: Merchant, channel: ContactChannel) {
  if (channel === 'email') {
    return merchant.email && merchant.emailNormalized && merchant.emailVerifiedAt
      ? { address: merchant.emailNormalized, display: merchant.email }
      : null;
  }
  return merchant.phone && merchant.phoneVerifiedAt
    ? { address: merchant.phone, display: merchant.phone }
    : null;
}

export interface AccountView {
  id: string;
  accountType: Merchant['accountType'];
  email: string | null;
  emailVerified: boolean;
  phone: string | null;
  phoneVerified: boolean;
  realName: string | null;
  locale: Merchant['locale'];
  status: Merchant['status'];
  createdAt: string;
}

/** The columns of a merchant that its account view is made of. */
export type AccountRow = Pick<
  Merchant,
  | 'id'
  | 'accountType'
  | 'email'
  | 'emailVerifiedAt'
  | 'phone'
  | 'phoneVerifiedAt'
  | 'realName'
  | 'locale'
  | 'status'
  | 'createdAt'
>;

/** What GET /me answers, and every sign-in too. */
export function toAccountView(merchant: AccountRow): AccountView {
  return {
    id: merchant.id,
    accountType: merchant.accountType,
    email: merchant.email,
    emailVerified: merchant.emailVerifiedAt !== null,
    phone: merchant.phone,
    phoneVerified: merchant.phoneVerifiedAt !== null,
    realName: merchant.realName,
    locale: merchant.locale,
    status: merchant.status,
    createdAt: merchant.createdAt.toISOString(),
  };
}
