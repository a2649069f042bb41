import type { Clock } from '../../../clock.ts';
import type { Executor } from '../../../db/client.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { issueCode } from '../codes/issue-code.ts';
import { sendCode } from '../codes/send-code.ts';
import type { ContactAddress } from '../contacts/identifier.ts';
import { contactOf, findMerchantByAddress } from '../merchants.ts';

/** A reset code to the account's e-mail or phone; for an unknown address, the same answer and nothing sent. */
export async function requestPasswordReset(
  tx: Executor,
  contact: ContactAddress,
  clock: Clock,
  settings: SettingsReader,
): Promise<void> {
  const { channel, address } = contact;
  const owner = await findMerchantByAddress(tx, channel, address);
  const to = owner ? contactOf(owner, channel) : null;
  const issued = await issueCode(
    tx,
    { purpose: 'reset', channel, address, merchantId: owner?.id ?? null, deliverable: to !== null },
    clock,

    settings,
  );
  if (owner && to) {
    await sendCode(tx, issued, { purpose: 'reset', channel, to: to.display, locale: owner.locale });
  }
}
