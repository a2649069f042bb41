import type { Clock } from '../../../clock.ts';
import type { Executor } from '../../../db/client.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { issueCode } from '../codes/issue-code.ts';
import { sendCode } from '../codes/send-code.ts';
import { findMerchantByAddress } from '../merchants.ts';

/** An SMS sign-in code, to a number that has an account; for any other number, the same answer and nothing sent. */
export async function requestLoginCode(
  tx: Executor,
  phone: string,
  clock: Clock,
  settings: SettingsReader,
): Promise<void> {
  const found = await findMerchantByAddress(tx, 'phone', phone);
  const owner = found && found.status !== 'closed' ? found : null;
  const issued = await issueCode(
    tx,
    {
      purpose: 'login',
      channel: 'phone',
      address: phone,
      merchantId: owner?.id ?? null,
      deliverable: owner !== null,
    },
    clock,

    settings,
  );
  if (owner) {
    await sendCode(tx, issued, {
      purpose: 'login',
      channel: 'phone',
      to: phone,
      locale: owner.locale,
    });
  }
}
