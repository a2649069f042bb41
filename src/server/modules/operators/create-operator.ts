import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { hashPassword, validatePassword } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/index.ts';
import { normaliseOperatorEmail, sortRoles, toOperatorView } from './operator-view.ts';
import { type Operator, type OperatorRole, operators } from './schema.ts';
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
}

/** Add an operator (by an admin, or the first admin from the command line when actor is null). */
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
  },
): Promise<CreatedOperator> {
  // The same rules as merchants' passwords: length after NFKC, and not a common password.
  const password = validatePassword(input.password, 'password', context.locale);
  const email = normaliseOperatorEmail(input.email);
  const totpSecret = newTotpSecret();
  const [operator] = await tx
    .insert(operators)
    .values({
      email,
      name: input.name.trim(),
      passwordHash: await hashPassword(password),
      totpSecret: context.secretBox.seal(totpSecret),
      roles: sortRoles(input.roles),
      createdAt: context.clock.now(),
    })
    .onConflictDoNothing({ target: operators.email })
    .returning();
  if (!operator) throw new AppError('operators.email_taken');

  await recordAudit(tx, {
    actor: context.actor,
    action: 'operator.created',
    target: { type: 'operator', id: operator.id },
    after: toOperatorView(operator),
    ip: context.ip,
    at: context.clock.now(),
  });
  return { operator, totpSecret, otpauthUrl: totpProvisioningUrl(totpSecret, email) };
}
