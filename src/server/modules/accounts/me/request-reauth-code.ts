import type { Clock } from '../../../clock.ts';
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { issueCode } from '../codes/issue-code.ts';
import { sendCode } from '../codes/send-code.ts';
import { contactOf, requireMerchantRow } from '../merchants.ts';
import type { ContactChannel } from '../schema.ts';

/** A re-authentication code to one of the account's own verified contacts. */
export async function requestReauthCode(
  tx: Executor,
  merchantId: string,
  channel: ContactChannel,
  clock: Clock,
  settings: SettingsReader,
): Promise<void> {
  const merchant = await requireMerchantRow(tx, merchantId);
  const contact = contactOf(merchant, channel);
  if (!contact) throw new AppError('auth.contact_missing');
  const issued = await issueCode(
    tx,
    { purpose: 'reauth', channel, address: contact.address, merchantId, deliverable: true },
    clock,

    settings,
  );
  await sendCode(tx, issued, {
    purpose: 'reauth',
    channel,
    to: contact.display,
    locale: merchant.locale,
  });
}
