import type { Clock } from '../../../clock.ts';
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { assertRecentlyAuthenticated, type Session } from '../../sessions/index.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { issueCode } from '../codes/issue-code.ts';
import { sendCode } from '../codes/send-code.ts';
import { contactOf, findMerchantByAddress, requireMerchantRow } from '../merchants.ts';
import { noticeAddressAttempt } from '../notices.ts';
import type { ContactAddress } from './identifier.ts';

/**
 * Start adding or changing the e-mail or phone: a code goes to the new address. An address that
 * belongs to another account gets no code (its owner is told instead) and the answer is the same.
 */
export async function requestContactChange(
  tx: Executor,
  session: Session,
  contact: ContactAddress,
  clock: Clock,
  settings: SettingsReader,
): Promise<void> {
  assertRecentlyAuthenticated(session, clock, settings);
  const merchant = await requireMerchantRow(tx, session.subjectId);
  const { channel, address, display } = contact;
  if (contactOf(merchant, channel)?.address === address) {
    throw new AppError('auth.contact_unchanged');
  }
  const owner = await findMerchantByAddress(tx, channel, address);
  const issued = await issueCode(
    tx,
    {
      purpose: 'change_contact',
      channel,
      address,
      displayAddress: display,
      merchantId: merchant.id,
      deliverable: owner === null,
    },
    clock,

    settings,
  );
  if (owner) {
    await noticeAddressAttempt(tx, owner, channel, 'accounts.contact_claim_attempt', issued.id);
    return;
  }
  await sendCode(tx, issued, {
    purpose: 'change_contact',
    channel,
    to: display,
    locale: merchant.locale,
  });
}
