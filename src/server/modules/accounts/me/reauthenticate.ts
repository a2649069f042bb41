import type { Clock } from '../../../clock.ts';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { verifyPassword } from '../../../lib/passwords.ts';
import { markReauthenticated, reauthWindowMs, type Session } from '../../sessions/index.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { checkCode } from '../codes/check-code.ts';
import { commitThenThrow, success } from '../codes/outcome.ts';
import { contactOf, requireMerchantRow } from '../merchants.ts';
import type { ContactChannel } from '../schema.ts';

export interface ReauthProof {
  password?: string | undefined;
  channel?: ContactChannel | undefined;
  code?: string | undefined;
}

/**
 * Prove again who you are (password, or a code sent to your own contact); sensitive changes are
 * allowed for the next 10 minutes in this session. Returns when that window closes.
 */
export async function reauthenticate(
  db: Db,
  session: Session,
  proof: ReauthProof,
  clock: Clock,
  settings: SettingsReader,
): Promise<Date> {
  const merchant = await requireMerchantRow(db, session.subjectId);
  if (proof.password !== undefined) {
    if (!(await verifyPassword(merchant.passwordHash, proof.password))) {
      throw new AppError('auth.password_incorrect', [{ field: 'password', rule: 'password' }]);
    }
    await markReauthenticated(db, session.id, clock);
  } else if (proof.channel !== undefined && proof.code !== undefined) {
    const contact = contactOf(merchant, proof.channel);
    if (!contact) throw new AppError('auth.contact_missing');
    const { channel, code } = proof;
    await commitThenThrow(db, async (tx) => {
      const check = await checkCode(
        tx,
        { purpose: 'reauth', channel, address: contact.address, merchantId: merchant.id, code },
        clock,

        settings,
      );
      if (!check.ok) return check;
      await markReauthenticated(tx, session.id, clock);
      return success(undefined);
    });
  } else {
    throw new AppError('auth.reauth_method_required');
  }
  return new Date(clock.now().getTime() + reauthWindowMs(settings));
}
