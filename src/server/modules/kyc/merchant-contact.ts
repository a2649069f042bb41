import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { merchants } from '../accounts/schema.ts';

/** What verification needs to know about a merchant: the kind allowed, and how to reach them. */
export interface MerchantForKyc {
  id: string;
  accountType: 'personal' | 'enterprise';
  email: string | null;
  phone: string | null;
  locale: Locale;
}

// Read-only use of the accounts module's table: only the columns above, nothing is written.
export async function findMerchantForKyc(
  db: Executor,
  merchantId: string,
): Promise<MerchantForKyc | null> {
  const [merchant] = await db
    .select({
      id: merchants.id,
      accountType: merchants.accountType,
      email: merchants.email,
      phone: merchants.phone,
      locale: merchants.locale,
    })
    .from(merchants)
    .where(eq(merchants.id, merchantId));
  return merchant ?? null;
}
