import type { Clock } from '../../../clock.ts';
import { type Db, withTx } from '../../../db/client.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { hashPassword, validatePassword } from '../../../lib/passwords.ts';
import { issueCode } from '../codes/issue-code.ts';
import { sendCode } from '../codes/send-code.ts';
import type { ContactAddress } from '../contacts/identifier.ts';
import { findMerchantByAddress } from '../merchants.ts';
import { noticeAddressAttempt } from '../notices.ts';
import { type Merchant, signupRequests } from '../schema.ts';

export interface SignupInput {
  contact: ContactAddress;
  password: string;
  accountType: Merchant['accountType'];
  /** The new account's language (e-mails, the UI's default). */
  locale: Locale;
  /** The language of this request's error messages. */
  requestLocale: Locale;
}

/**
 * Start a sign-up: keep it pending and send a code. Asking again is the resend (and replaces the
 * pending password and account type). An address that already has an account gets a notice
 * instead of a code, and the caller cannot tell the difference.
 */
export async function requestSignup(db: Db, input: SignupInput, clock: Clock): Promise<void> {
  const { channel, address, display } = input.contact;
  // Hashed for known addresses too: skipping it would make their answer measurably faster.
  const passwordHash = await hashPassword(
    validatePassword(input.password, 'password', input.requestLocale),
  );
  await withTx(db, async (tx) => {
    const owner = await findMerchantByAddress(tx, channel, address);
    const issued = await issueCode(
      tx,
      { purpose: 'signup', channel, address, merchantId: null, deliverable: owner === null },
      clock,
    );
    if (owner) {
      await noticeAddressAttempt(tx, owner, channel, 'accounts.signup_attempt', issued.id);
      return;
    }
    const now = clock.now();
    const pending = {
      displayAddress: display,
      passwordHash,
      accountType: input.accountType,
      locale: input.locale,
      updatedAt: now,
    };
    await tx
      .insert(signupRequests)
      .values({ channel, address, ...pending, createdAt: now })
      .onConflictDoUpdate({
        target: [signupRequests.channel, signupRequests.address],
        set: pending,
      });
    await sendCode(tx, issued, { purpose: 'signup', channel, to: display, locale: input.locale });
  });
}
