import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { merchants } from './schema.ts';

/**
 * What other modules may know about a merchant (stores: eligibility, receipts) without reading
 * the accounts tables themselves. Addresses are as the merchant typed them, for display and mail.
 */
export interface MerchantFacts {
  id: string;
  accountType: 'personal' | 'enterprise';
  email: string | null;
  emailVerified: boolean;
  phone: string | null;
  phoneVerified: boolean;
  realName: string | null;
  locale: Locale;
  status: 'active' | 'suspended' | 'closed';
}

export async function merchantFacts(
  db: Executor,
  merchantId: string,
): Promise<MerchantFacts | null> {
  const [merchant] = await db
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
    })
    .from(merchants)
    .where(eq(merchants.id, merchantId));
  if (!merchant) return null;
  const { emailVerifiedAt, phoneVerifiedAt, ...facts } = merchant;
  return {
    ...facts,
    emailVerified: emailVerifiedAt !== null,
    phoneVerified: phoneVerifiedAt !== null,
  };
}
