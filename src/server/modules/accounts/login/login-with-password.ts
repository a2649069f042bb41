import { eq } from 'drizzle-orm';
import type { Clock } from '../../../clock.ts';
import { type Db, withTx } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import {
  hashPassword,
  passwordNeedsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from '../../../lib/passwords.ts';
import type { SettingsReader } from '../../settings/index.ts';
import type { ContactAddress } from '../contacts/identifier.ts';
import { findMerchantByAddress } from '../merchants.ts';
import { noticePasswordSignInPaused } from '../notices.ts';
import { merchants } from '../schema.ts';
import { type ClientInfo, type SignedIn, signIn } from '../sign-in.ts';
import { passwordPause, passwordScope, recordPasswordFailure } from './password-pause.ts';

export interface PasswordLogin {
  /** The parsed identifier; null when it is neither an e-mail address nor a phone number. */
  contact: ContactAddress | null;
  /** The identifier as the wrong passwords are counted for it when it has no account. */
  subject: string;
  password: string;
}

/**
 * E-mail or phone plus password. Every failure is the same 401, and an unknown address costs the
 * same argon2 work as a known one, so neither the answer nor its timing says which it was. After
 * 100 wrong passwords, password sign-in is paused (for an unknown address alike) and the owner is
 * told; SMS codes and password reset still let them in.
 */
export async function loginWithPassword(
  db: Db,
  login: PasswordLogin,
  client: ClientInfo,
  clock: Clock,
  settings: SettingsReader,
): Promise<SignedIn> {
  const { contact, password } = login;
  const merchant = contact
    ? await findMerchantByAddress(db, contact.channel, contact.address)
    : null;
  const usable = merchant && merchant.status !== 'closed' ? merchant : null;
  const scope = passwordScope(usable?.id ?? null, login.subject);
  const paused = await passwordPause(db, scope, clock);
  if (paused) throw paused;

  const valid = usable
    ? await verifyPassword(usable.passwordHash, password)
    : await verifyAgainstDummy(password);
  if (!usable || !valid) {
    await withTx(db, async (tx) => {
      const pause = await recordPasswordFailure(tx, scope, clock, settings);
      if (pause && usable) await noticePasswordSignInPaused(tx, usable, pause.pausedUntil);
    });
    throw new AppError('auth.invalid_credentials');
  }
  // Hashes made with weaker settings are upgraded while the plain password is at hand.
  const upgradedHash = passwordNeedsRehash(usable.passwordHash)
    ? await hashPassword(password)
    : null;
  return withTx(db, async (tx) => {
    if (upgradedHash) {
      await tx
        .update(merchants)
        .set({ passwordHash: upgradedHash })
        .where(eq(merchants.id, usable.id));
    }
    return signIn(tx, usable, client, clock, settings);
  });
}
