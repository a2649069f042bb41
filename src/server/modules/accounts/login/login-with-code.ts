import type { Clock } from '../../../clock.ts';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { checkCode } from '../codes/check-code.ts';
import { commitThenThrow, failure, success } from '../codes/outcome.ts';
import { findMerchant } from '../merchants.ts';
import { type ClientInfo, type SignedIn, signIn } from '../sign-in.ts';

export async function loginWithCode(
  db: Db,
  phone: string,
  code: string,
  client: ClientInfo,
  clock: Clock,
  settings: SettingsReader,
): Promise<SignedIn> {
  return commitThenThrow(db, async (tx) => {
    const check = await checkCode(
      tx,
      { purpose: 'login', channel: 'phone', address: phone, code },
      clock,

      settings,
    );
    if (!check.ok) return check;
    const merchant = check.value.merchantId ? await findMerchant(tx, check.value.merchantId) : null;
    // The number may have moved to another account since the code was sent.
    if (!merchant || merchant.phone !== phone || merchant.status === 'closed') {
      return failure(new AppError('auth.code_invalid'));
    }
    return success(await signIn(tx, merchant, client, clock, settings));
  });
}
