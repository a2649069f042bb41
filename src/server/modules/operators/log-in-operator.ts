import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { verifyAgainstDummy, verifyPassword } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/index.ts';
import { createSession } from '../sessions/index.ts';
import type { SettingsReader } from '../settings/index.ts';
import { findOperatorByEmail } from './find-operator.ts';
import { normaliseOperatorEmail } from './operator-view.ts';
import { type Operator, operators } from './schema.ts';
import { matchTotpStep } from './totp.ts';
import type { SecretBox } from './totp-secret-box.ts';

export interface OperatorCredentials {
  email: string;
  password: string;
  totp: string;
  ip: string | null;
  userAgent: string | undefined;
}

export type OperatorLogin = { ok: true; operator: Operator; sessionToken: string } | { ok: false };

type FailureReason = 'password' | 'disabled' | 'totp' | 'totp_reused';

/**
 * Password and current TOTP code, both required. Failures are not thrown but returned, so the
 * audit entry of a failed attempt on a known operator commits; the caller answers every failure
 * with the same 401 and says nothing about which part was wrong.
 */
export async function logInOperator(
  tx: Executor,
  credentials: OperatorCredentials,
  context: { clock: Clock; secretBox: SecretBox; settings: SettingsReader },
): Promise<OperatorLogin> {
  const { clock } = context;
  const operator = await findOperatorByEmail(tx, normaliseOperatorEmail(credentials.email));
  if (!operator) {
    // Spend the same argon2 time as for a real operator, so timing does not reveal who exists.
    await verifyAgainstDummy(credentials.password);
    return { ok: false };
  }

  const fail = async (reason: FailureReason): Promise<OperatorLogin> => {
    await recordAudit(tx, {
      actor: null,
      action: 'operator.login_failed',
      target: { type: 'operator', id: operator.id },
      after: { reason },
      ip: credentials.ip,
      at: clock.now(),
    });
    return { ok: false };
  };

  if (!(await verifyPassword(operator.passwordHash, credentials.password))) return fail('password');
  if (operator.disabledAt) return fail('disabled');
  const step = matchTotpStep(
    context.secretBox.open(operator.totpSecret),
    credentials.totp.trim(),
    clock.now(),
  );
  if (step === null) return fail('totp');
  if (!(await claimTotpStep(tx, operator.id, step))) return fail('totp_reused');

  const now = clock.now();
  await tx.update(operators).set({ lastLoginAt: now }).where(eq(operators.id, operator.id));
  const { token } = await createSession(
    tx,
    {
      subjectType: 'operator',
      subjectId: operator.id,
      userAgent: credentials.userAgent,
      ip: credentials.ip ?? undefined,
    },
    clock,
    context.settings,
  );
  await recordAudit(tx, {
    actor: operator.id,
    action: 'operator.login',
    target: { type: 'operator', id: operator.id },
    ip: credentials.ip,
    at: now,
  });
  return { ok: true, operator: { ...operator, lastLoginAt: now }, sessionToken: token };
}

/**
 * Replay protection (RFC 6238 §5.2): a step is accepted once, and never one at or before the last
 * accepted step. The conditional update makes two simultaneous logins with one code race safely.
 */
async function claimTotpStep(tx: Executor, operatorId: string, step: number): Promise<boolean> {
  const claimed = await tx
    .update(operators)
    .set({ totpLastStep: step })
    .where(
      and(
        eq(operators.id, operatorId),
        or(isNull(operators.totpLastStep), lt(operators.totpLastStep, step)),
      ),
    )
    .returning({ id: operators.id });
  return claimed.length === 1;
}
