import { eq } from 'drizzle-orm';
import type { Clock } from '../../../clock.ts';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { hashPassword, validatePassword } from '../../../lib/passwords.ts';
import { revokeAllSessions } from '../../sessions/index.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { checkCode } from '../codes/check-code.ts';
import { commitThenThrow, failure, success } from '../codes/outcome.ts';
import type { ContactAddress } from '../contacts/identifier.ts';
import { endPasswordPause } from '../login/password-pause.ts';
import { contactOf, findMerchant } from '../merchants.ts';
import { noticePasswordChanged } from '../notices.ts';
import { merchants } from '../schema.ts';

export interface PasswordReset {
  contact: ContactAddress;
  code: string;
  password: string;
  /** End every session of the account but the one this request came from, if any. */
  signOutOtherSessions: boolean;
  /** The session this request came from, if any; kept only when it is the same account's. */
  currentSession: { subjectId: string; id: string } | null;
  requestLocale: Locale;
}

/**
 * Set a new password with a reset code. It does not sign anyone in; the contacts are told. It ends
 * a password sign-in pause: the wrong passwords were guesses at the old one.
 */
export async function resetPassword(
  db: Db,
  input: PasswordReset,
  clock: Clock,
  settings: SettingsReader,
): Promise<void> {
  const { channel, address } = input.contact;
  const passwordHash = await hashPassword(
    validatePassword(input.password, 'password', input.requestLocale),
  );
  await commitThenThrow(db, async (tx) => {
    const check = await checkCode(
      tx,
      { purpose: 'reset', channel, address, code: input.code },
      clock,

      settings,
    );
    if (!check.ok) return check;
    const merchant = check.value.merchantId ? await findMerchant(tx, check.value.merchantId) : null;
    if (!merchant || contactOf(merchant, channel)?.address !== address) {
      return failure(new AppError('auth.code_invalid'));
    }
    await tx
      .update(merchants)
      .set({ passwordHash, updatedAt: clock.now() })
      .where(eq(merchants.id, merchant.id));
    await endPasswordPause(tx, merchant.id);
    if (input.signOutOtherSessions) {
      const keep = input.currentSession?.subjectId === merchant.id ? input.currentSession.id : null;
      await revokeAllSessions(tx, 'merchant', merchant.id, keep, clock);
    }
    await noticePasswordChanged(tx, merchant, clock);
    return success(undefined);
  });
}
