import { and, desc, eq } from 'drizzle-orm';
import type { Clock } from '../../../clock.ts';
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { SettingsReader } from '../../settings/index.ts';
import type { ContactChannel } from '../schema.ts';
import { channelBlock, recordCodeFailure } from './blocks.ts';
import { codeMatches, newSalt } from './code-hash.ts';
import { failure, type Outcome, success } from './outcome.ts';
import { type CodePurpose, type VerificationCode, verificationCodes } from './schema.ts';
import { codeScope } from './scope.ts';

export interface CodeCheck {
  purpose: CodePurpose;
  channel: ContactChannel;
  /** Where the code was sent. Omitted for a contact change: the merchant's newest request says. */
  address?: string;
  /** Only codes bound to this account count (re-authentication, contact change). */
  merchantId?: string;
  code: string;
}

const PLACEHOLDER_SALT = newSalt();
const PLACEHOLDER_HASH = Buffer.alloc(32);

/**
 * Use a code: only the newest one for the purpose and address counts, once, within its lifetime and
 * wrong tries (10 minutes and 5 by default). A wrong code is counted against the code and the channel; the caller must commit
 * the transaction even then (commitThenThrow), or the counting would be undone.
 */
export async function checkCode(
  tx: Executor,
  check: CodeCheck,
  clock: Clock,
  settings: SettingsReader,
): Promise<Outcome<VerificationCode>> {
  const now = clock.now();
  const row = await newestCode(tx, check);
  const address = check.address ?? row?.address ?? '';
  const scope = codeScope(check.purpose, check.channel, address, check.merchantId ?? null);
  const blocked = await channelBlock(tx, scope, clock);
  if (blocked) return failure(blocked);

  // Compare even when there is nothing to compare with, so a miss takes as long as a hit.
  const matches = codeMatches(
    check.code,
    row?.salt ?? PLACEHOLDER_SALT,
    row?.codeHash ?? PLACEHOLDER_HASH,
  );
  const usable =
    row &&
    !row.decoy &&
    !row.consumedAt &&
    row.expiresAt > now &&
    row.failedAttempts < settings.get('codes.max_wrong_tries');

  if (!row || !usable || !matches) {
    if (row && !row.consumedAt) {
      await tx
        .update(verificationCodes)
        .set({ failedAttempts: row.failedAttempts + 1 })
        .where(eq(verificationCodes.id, row.id));
    }
    await recordCodeFailure(tx, scope, clock, settings);
    return failure(new AppError('auth.code_invalid'));
  }
  await tx
    .update(verificationCodes)
    .set({ consumedAt: now })
    .where(eq(verificationCodes.id, row.id));
  return success({ ...row, consumedAt: now });
}

async function newestCode(tx: Executor, check: CodeCheck): Promise<VerificationCode | null> {
  const [row] = await tx
    .select()
    .from(verificationCodes)
    .where(
      and(
        eq(verificationCodes.purpose, check.purpose),
        eq(verificationCodes.channel, check.channel),
        check.address === undefined ? undefined : eq(verificationCodes.address, check.address),
        check.merchantId === undefined
          ? undefined
          : eq(verificationCodes.merchantId, check.merchantId),
      ),
    )
    .orderBy(desc(verificationCodes.createdAt))
    .limit(1)
    // Two tries at once must not both be the fifth, nor both use the same code.
    .for('update');
  return row ?? null;
}
