import type { Executor } from '../../db/client.ts';
import type { MerchantForKyc } from './merchant-contact.ts';
import {
  type DecisionMailData,
  type ExpiryMailData,
  queueEmail,
  queueSms,
} from './notification-templates.ts';

type KycNotice =
  | { template: 'kyc.approved' | 'kyc.rejected' | 'kyc.changes_requested'; data: DecisionMailData }
  | { template: 'kyc.expiry_reminder'; data: ExpiryMailData };

/**
 * Tell the merchant, in their language, at their registered e-mail address, or by SMS when the
 * account has only a phone. Queued in the caller's transaction; `key` makes it happen once.
 */
export async function notifyMerchant(
  tx: Executor,
  merchant: Pick<MerchantForKyc, 'email' | 'phone' | 'locale'>,
  key: string,
  notice: KycNotice,
): Promise<void> {
  if (merchant.email) {
    await queueEmail(tx, { key, to: merchant.email, locale: merchant.locale, ...notice });
  } else if (merchant.phone) {
    await queueSms(tx, { key, to: merchant.phone, locale: merchant.locale, ...notice });
  }
}
