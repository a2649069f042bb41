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
import type { ContactAddress } from '../contacts/identifier.ts';
import { findMerchantByAddress } from '../merchants.ts';
import { merchants } from '../schema.ts';
import { type ClientInfo, type SignedIn, signIn } from '../sign-in.ts';

/**
 * E-mail or phone plus password. Every failure is the same 401, and an unknown address costs the
 * same argon2 work as a known one, so neither the answer nor its timing says which it was.
 */
export async function loginWithPassword(
  db: Db,
  contact: ContactAddress | null,
  password: string,
  client: ClientInfo,
  clock: Clock,
): Promise<SignedIn> {
  const merchant = contact
    ? await findMerchantByAddress(db, contact.channel, contact.address)
    : null;
  const usable = merchant && merchant.status !== 'closed' ? merchant : null;
  const valid = usable
    ? await verifyPassword(usable.passwordHash, password)
    : await verifyAgainstDummy(password);
  if (!usable || !valid) throw new AppError('auth.invalid_credentials');
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
    return signIn(tx, usable, client, clock);
  });
}
