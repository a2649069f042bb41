import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../../clock.ts';
import type { Db, Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { hashPassword, validatePassword } from '../../../lib/passwords.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { type IssuedCode, issueCode } from '../codes/issue-code.ts';
import { commitThenThrow, failure, type Outcome, success } from '../codes/outcome.ts';
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
 * pending password and account type, even when it is too soon for a new code). An address that already has an account gets a notice
 * instead of a code, and the caller cannot tell the difference.
 */
export async function requestSignup(
  db: Db,
  input: SignupInput,
  clock: Clock,
  settings: SettingsReader,
): Promise<void> {
  const { channel, address, display } = input.contact;
  // Hashed for known addresses too: skipping it would make their answer measurably faster.
  const passwordHash = await hashPassword(
    validatePassword(input.password, 'password', input.requestLocale),
  );
  await commitThenThrow(db, async (tx) => {
    const owner = await findMerchantByAddress(tx, channel, address);
    const issued = await issueCodeOrRefusal(tx, channel, address, owner === null, clock, settings);
    if (owner) {
      if (issued.ok) {
        await noticeAddressAttempt(tx, owner, channel, 'accounts.signup_attempt', issued.value.id);
      }
      return issued.ok ? success(undefined) : issued;
    }
    const now = clock.now();
    const pending = {
      displayAddress: display,
      passwordHash,
      accountType: input.accountType,
      locale: input.locale,
      updatedAt: now,
    };
    if (!issued.ok) {
      // Back from the code step with another password or account type, before a new code may be
      // sent: the code already sent stays the one to enter, and the sign-up it completes is this.
      if (issued.error.code === 'auth.code_resend_too_soon') {
        await tx
          .update(signupRequests)
          .set(pending)
          .where(and(eq(signupRequests.channel, channel), eq(signupRequests.address, address)));
      }
      return issued;
    }
    await tx
      .insert(signupRequests)
      .values({ channel, address, ...pending, createdAt: now })
      .onConflictDoUpdate({
        target: [signupRequests.channel, signupRequests.address],
        set: pending,
      });
    await sendCode(tx, issued.value, {
      purpose: 'signup',
      channel,
      to: display,
      locale: input.locale,
    });
    return success(undefined);
  });
}

/** A sign-up code, or the send rule that refused it (to be answered after the commit). */
async function issueCodeOrRefusal(
  tx: Executor,
  channel: ContactAddress['channel'],
  address: string,
  deliverable: boolean,
  clock: Clock,
  settings: SettingsReader,
): Promise<Outcome<IssuedCode>> {
  try {
    return success(
      await issueCode(
        tx,
        { purpose: 'signup', channel, address, merchantId: null, deliverable },
        clock,

        settings,
      ),
    );
  } catch (error) {
    if (error instanceof AppError) return failure(error);
    throw error;
  }
}
