import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { findMerchant } from '../accounts/index.ts';

/** What verification needs to know about a merchant: the kind allowed, and how to reach them. */
export interface MerchantForKyc {
  id: string;
  accountType: 'personal' | 'enterprise';
  email: string | null;
  phone: string | null;
  locale: Locale;
}

export async function findMerchantForKyc(
  db: Executor,
  merchantId: string,
): Promise<MerchantForKyc | null> {
  const merchant = await findMerchant(db, merchantId);
  if (!merchant) return null;
  const { id, accountType, email, phone, locale } = merchant;
  return { id, accountType, email, phone, locale };
}
