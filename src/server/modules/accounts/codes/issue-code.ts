import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Clock } from '../../../clock.ts';
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { SettingsReader } from '../../settings/index.ts';
import type { ContactChannel } from '../schema.ts';
import { channelBlock } from './blocks.ts';
import { hashCode, newCode, newSalt } from './code-hash.ts';
import { codePolicy } from './policy.ts';
import { type CodePurpose, verificationCodes } from './schema.ts';
import { codeScope } from './scope.ts';

export interface CodeRequest {
  purpose: CodePurpose;
  channel: ContactChannel;
  /** Normalised e-mail or E.164 phone the code goes to. */
  address: string;
  /** As typed, when it differs from the normalised address and must be kept (contact change). */
  displayAddress?: string;
  /** The account the code will act on; null for sign-up and for unknown addresses. */
  merchantId: string | null;
  /**
   * false: nothing will be sent (unknown account, address already taken), but the request is
   * recorded and limited exactly like a real one, so the answers cannot tell the two apart.
   */
  deliverable: boolean;
}

export interface IssuedCode {
  id: string;
  /** The plain code, for the message; null for a decoy. Only its hash is stored. */
  code: string | null;
  /** How long it is valid, for the message. */
  validMinutes: number;
}

/**
 * Record a new code for an address, enforcing the send rules (settings; by default): channel not
 * blocked, at most 10 per address per day, a resend only 60 s after the previous one, and never a
 * fresh set of tries.
 */
export async function issueCode(
  tx: Executor,
  request: CodeRequest,
  clock: Clock,
  settings: SettingsReader,
): Promise<IssuedCode> {
  const { purpose, channel, address } = request;
  const policy = codePolicy(settings);
  // Serialise requests for one address, so two at once cannot both slip under the limits.
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${`code:${channel}:${address}`}, 0))`,
  );
  const now = clock.now();
  const blocked = await channelBlock(
    tx,
    codeScope(purpose, channel, address, request.merchantId),
    clock,
  );
  if (blocked) throw blocked;

  const sentToday = await tx
    .select({ createdAt: verificationCodes.createdAt })
    .from(verificationCodes)
    .where(
      and(
        eq(verificationCodes.channel, channel),
        eq(verificationCodes.address, address),
        gt(verificationCodes.createdAt, new Date(now.getTime() - policy.sendWindowMs)),
      ),
    )
    .orderBy(asc(verificationCodes.createdAt));
  const oldest = sentToday[0];
  if (oldest && sentToday.length >= policy.maxSendsPerDay) {
    const freeAt = oldest.createdAt.getTime() + policy.sendWindowMs;
    throw new AppError('auth.code_daily_limit', undefined, {
      retryAfter: secondsUntil(freeAt, now),
    });
  }

  const [previous] = await tx
    .select()
    .from(verificationCodes)
    .where(
      and(
        eq(verificationCodes.purpose, purpose),
        eq(verificationCodes.channel, channel),
        eq(verificationCodes.address, address),
      ),
    )
    .orderBy(desc(verificationCodes.createdAt))
    .limit(1);
  if (previous) {
    const resendAt = previous.createdAt.getTime() + policy.resendAfterMs;
    if (resendAt > now.getTime()) {
      throw new AppError('auth.code_resend_too_soon', undefined, {
        retryAfter: secondsUntil(resendAt, now),
      });
    }
  }
  // A resent code carries on from the tries its predecessor used up; only once that code has
  // expired (or was used) does a new one start from zero.
  const previousIsLive = previous && !previous.consumedAt && previous.expiresAt > now;
  const inheritedTries = previousIsLive ? previous.failedAttempts : 0;
  if (previousIsLive && inheritedTries >= policy.maxWrongTries) {
    throw new AppError('auth.code_tries_exhausted', undefined, {
      retryAfter: secondsUntil(previous.expiresAt.getTime(), now),
    });
  }

  const code = newCode();
  const salt = newSalt();
  const [row] = await tx
    .insert(verificationCodes)
    .values({
      purpose,
      channel,
      address,
      displayAddress: request.displayAddress ?? null,
      merchantId: request.merchantId,
      codeHash: hashCode(code, salt),
      salt,
      decoy: !request.deliverable,
      failedAttempts: inheritedTries,
      createdAt: now,
      expiresAt: new Date(now.getTime() + policy.ttlMs),
    })
    .returning({ id: verificationCodes.id });
  if (!row) throw new Error('verification code insert returned nothing');
  return {
    id: row.id,
    code: request.deliverable ? code : null,
    validMinutes: Math.round(policy.ttlMs / 60_000),
  };
}

function secondsUntil(atMs: number, now: Date): number {
  return Math.max(1, Math.ceil((atMs - now.getTime()) / 1000));
}

/** The 202 body of every route that sends a code; the same whether or not anything was sent. */
export function codeSentBody(settings: SettingsReader) {
  const policy = codePolicy(settings);
  return {
    status: 'code_sent' as const,
    resendAfterSeconds: policy.resendAfterMs / 1000,
    expiresInSeconds: policy.ttlMs / 1000,
  };
}
