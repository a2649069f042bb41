import { composition } from '../server/app-modules.ts';
import { systemClock } from '../server/clock.ts';
import type { Config } from '../server/config.ts';
import { type Database, withTx } from '../server/db/client.ts';
import { AppError, errorLookup } from '../server/errors.ts';
import {
  createOperator,
  OPERATOR_ROLES,
  type OperatorRole,
  operatorSecretBox,
} from '../server/modules/operators/index.ts';
import { UsageError } from './usage-error.ts';

export interface AdminCreateOptions {
  email?: string | undefined;
  password?: string | undefined;
  name?: string | undefined;
  roles?: string | undefined;
}

/**
 * `kaidian admin create`: the first administrator (SPEC §9), who gets every role, or another one
 * with the roles of --roles (admin by default). Prints the TOTP secret and its otpauth:// URL
 * once; they are stored only encrypted.
 */
export async function adminCreate(
  database: Database,
  config: Config,
  options: AdminCreateOptions,
): Promise<string> {
  if (!options.email) throw new UsageError('admin create needs --email ADDRESS');
  if (!options.password) throw new UsageError('admin create needs --password PASSWORD');
  const email = options.email.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError(`"${email}" is not an e-mail address`);
  const roles = parseRoles(options.roles ?? 'admin');
  const secretBox = await operatorSecretBox(config.dataDir);
  try {
    const created = await withTx(database.db, (tx) =>
      createOperator(
        tx,
        {
          email,
          name: options.name?.trim() || email.split('@')[0] || email,
          password: options.password as string,
          roles,
        },
        { actor: null, ip: null, clock: systemClock, secretBox, locale: 'en' },
      ),
    );
    return [
      `Created operator ${created.operator.email} (${created.operator.roles.join(', ')}).`,
      ...(created.first
        ? [
            'As the first operator of this installation it has every role: it can manage operators and settings, review verifications and confirm payments.',
          ]
        : []),
      `TOTP secret: ${created.totpSecret}`,
      `otpauth URL: ${created.otpauthUrl}`,
      'Add it to an authenticator app now: it is not shown again. Sign in at /admin.',
    ].join('\n');
  } catch (error) {
    if (error instanceof AppError && error.code === 'operators.email_taken') {
      throw new Error(
        `an operator with the e-mail ${email.toLowerCase()} already exists; nothing was changed`,
      );
    }
    if (error instanceof AppError && error.code.startsWith('auth.password_')) {
      throw new Error(
        `--password: ${errorLookup(composition.errors).message(error.code, 'en', error.params)}`,
      );
    }
    throw error;
  }
}

function parseRoles(list: string): OperatorRole[] {
  const roles = list
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const unknown = roles.filter((role) => !(OPERATOR_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0 || roles.length === 0) {
    throw new UsageError(`--roles must be a comma-separated list of ${OPERATOR_ROLES.join(', ')}`);
  }
  return roles as OperatorRole[];
}
