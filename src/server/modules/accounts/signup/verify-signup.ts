import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../../clock.ts';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { recordEvent } from '../../../outbox/events.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { checkCode } from '../codes/check-code.ts';
import { commitThenThrow, failure, success } from '../codes/outcome.ts';
import type { ContactAddress } from '../contacts/identifier.ts';
import { merchants, signupRequests } from '../schema.ts';
import { type ClientInfo, type SignedIn, signIn } from '../sign-in.ts';

/** The sign-up code proves the address: the account is created with it verified, and signed in. */
export async function verifySignup(
  db: Db,
  contact: ContactAddress,
  code: string,
  client: ClientInfo,
  clock: Clock,
  settings: SettingsReader,
): Promise<SignedIn> {
  const { channel, address } = contact;
  return commitThenThrow(db, async (tx) => {
    const check = await checkCode(
      tx,
      { purpose: 'signup', channel, address, code },
      clock,
      settings,
    );
    if (!check.ok) return check;
    const [pending] = await tx
      .delete(signupRequests)
      .where(and(eq(signupRequests.channel, channel), eq(signupRequests.address, address)))
      .returning();
    if (!pending) return failure(new AppError('auth.code_invalid'));

    const now = clock.now();
    const contactColumns =
      channel === 'email'
        ? { email: pending.displayAddress, emailNormalized: address, emailVerifiedAt: now }
        : { phone: address, phoneVerifiedAt: now };
    const [merchant] = await tx
      .insert(merchants)
      .values({
        accountType: pending.accountType,
        passwordHash: pending.passwordHash,
        locale: pending.locale,
        ...contactColumns,
        createdAt: now,
        updatedAt: now,
      })
      // The address was taken meanwhile (added to another account as a contact): no account.
      .onConflictDoNothing()
      .returning();
    if (!merchant) return failure(new AppError('auth.code_invalid'));
    await recordEvent(tx, {
      topic: 'account.contact_verified',
      key: `account.contact_verified:${merchant.id}:${channel}:signup`,
      occurredAt: now,
      data: { merchantId: merchant.id, channel },
    });
    return success(await signIn(tx, merchant, client, clock, settings));
  });
}
