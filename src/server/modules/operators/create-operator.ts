import { count, sql } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { hashPassword, validatePassword } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/index.ts';
import { normaliseOperatorEmail, sortRoles, toOperatorView } from './operator-view.ts';
import { OPERATOR_ROLES, type Operator, type OperatorRole, operators } from './schema.ts';
import { newTotpSecret, totpProvisioningUrl } from './totp.ts';
import type { SecretBox } from './totp-secret-box.ts';

export interface NewOperator {
  email: string;
  name: string;
  password: string;
  roles: OperatorRole[];
}

export interface CreatedOperator {
  operator: Operator;
  /** Shown once, to be put into an authenticator app; stored only encrypted. */
  totpSecret: string;
  otpauthUrl: string;
  /** It was the installation's first operator, so it got every role. */
  first: boolean;
}

/**
 * Add an operator (by an admin, or the first admin from the command line when actor is null). The
 * first operator of an installation gets every role, whatever was asked: with only `admin` there
 * would be nobody to review verifications or confirm payments, and only an admin to fix it.
 */
export async function createOperator(
  tx: Executor,
  input: NewOperator,
  context: {
    actor: string | null;
    ip: string | null;
    clock: Clock;
    secretBox: SecretBox;
    /** Language of a refused password's field message. */
    locale: Locale;
    /**
     * Exactly the roles asked for, even as the first operator. Only test fixtures, which seed
     * operators of one role each into an empty installation, want this.
     */
    exactRoles?: boolean;
  },
): Promise<CreatedOperator> {
  // The same rules as merchants' passwords: length after NFKC, and not a common password.
  const password = validatePassword(input.password, 'password', context.locale);
  const email = normaliseOperatorEmail(input.email);
  const totpSecret = newTotpSecret();
  const passwordHash = await hashPassword(password);
  const first = context.exactRoles ? false : await isFirstOperator(tx);
  const roles = first ? [...OPERATOR_ROLES] : input.roles;
  const [operator] = await tx
    .insert(operators)
    .values({
      email,
      name: input.name.trim(),
      passwordHash,
      totpSecret: context.secretBox.seal(totpSecret),
      roles: sortRoles(roles),
      createdAt: context.clock.now(),
    })
    .onConflictDoNothing({ target: operators.email })
    .returning();
  if (!operator) throw new AppError('operators.email_taken', [{ field: 'email' }]);

  await recordAudit(tx, {
    actor: context.actor,
    action: 'operator.created',
    target: { type: 'operator', id: operator.id },
    after: toOperatorView(operator),
    ip: context.ip,
    at: context.clock.now(),
  });
  return { operator, totpSecret, otpauthUrl: totpProvisioningUrl(totpSecret, email), first };
}

/**
 * Whether no operator exists yet. The lock, held until the transaction ends, makes concurrent
 * creations take turns, so of two first creations at once only one is first.
 */
async function isFirstOperator(tx: Executor): Promise<boolean> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended('operators.first', 0))`);
  const [existing] = await tx.select({ operators: count() }).from(operators);
  return (existing?.operators ?? 0) === 0;
}
