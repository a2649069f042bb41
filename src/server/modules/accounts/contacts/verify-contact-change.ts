import { eq } from 'drizzle-orm';
import type { Clock } from '../../../clock.ts';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { recordEvent } from '../../../outbox/events.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { checkCode } from '../codes/check-code.ts';
import { commitThenThrow, failure, success } from '../codes/outcome.ts';
import {
  type AccountView,
  findMerchantByAddress,
  requireMerchantRow,
  toAccountView,
} from '../merchants.ts';
import { noticeContactChanged } from '../notices.ts';
import { type ContactChannel, merchants } from '../schema.ts';

/** The code from the new address: it becomes the account's, verified; the old one is told. */
export async function verifyContactChange(
  db: Db,
  merchantId: string,
  channel: ContactChannel,
  code: string,
  clock: Clock,
  settings: SettingsReader,
): Promise<AccountView> {
  return commitThenThrow(db, async (tx) => {
    const check = await checkCode(
      tx,
      { purpose: 'change_contact', channel, merchantId, code },
      clock,

      settings,
    );
    if (!check.ok) return check;
    const { address } = check.value;
    const display = check.value.displayAddress ?? address;
    const before = await requireMerchantRow(tx, merchantId);
    const owner = await findMerchantByAddress(tx, channel, address);
    if (owner && owner.id !== merchantId) return failure(new AppError('auth.contact_taken'));

    const now = clock.now();
    const [updated] = await tx
      .update(merchants)
      .set(
        channel === 'email'
          ? { email: display, emailNormalized: address, emailVerifiedAt: now, updatedAt: now }
          : { phone: address, phoneVerifiedAt: now, updatedAt: now },
      )
      .where(eq(merchants.id, merchantId))
      .returning();
    await recordEvent(tx, {
      topic: 'account.contact_verified',
      key: `account.contact_verified:${merchantId}:${channel}:${now.getTime()}`,
      occurredAt: now,
      data: { merchantId, channel },
    });
    await noticeContactChanged(tx, before, channel, display, clock);
    return success(toAccountView(updated ?? before));
  });
}
