import { eq } from 'drizzle-orm';
import type { Clock } from '../../../clock.ts';
import { type Db, withTx } from '../../../db/client.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { hashPassword, validatePassword } from '../../../lib/passwords.ts';
import {
  assertRecentlyAuthenticated,
  revokeAllSessions,
  type Session,
} from '../../sessions/index.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { requireMerchantRow } from '../merchants.ts';
import { noticePasswordChanged } from '../notices.ts';
import { merchants } from '../schema.ts';

export interface PasswordChange {
  newPassword: string;
  signOutOtherSessions: boolean;
  requestLocale: Locale;
}

/** A new password from inside the account: needs a recent re-authentication; contacts are told. */
export async function changePassword(
  db: Db,
  session: Session,
  change: PasswordChange,
  clock: Clock,
  settings: SettingsReader,
): Promise<void> {
  assertRecentlyAuthenticated(session, clock, settings);
  const passwordHash = await hashPassword(
    validatePassword(change.newPassword, 'newPassword', change.requestLocale),
  );
  await withTx(db, async (tx) => {
    const merchant = await requireMerchantRow(tx, session.subjectId);
    await tx
      .update(merchants)
      .set({ passwordHash, updatedAt: clock.now() })
      .where(eq(merchants.id, merchant.id));
    if (change.signOutOtherSessions) {
      await revokeAllSessions(tx, 'merchant', merchant.id, session.id, clock);
    }
    await noticePasswordChanged(tx, merchant, clock);
  });
}
