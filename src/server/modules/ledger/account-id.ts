import { AppError } from '../../errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An account id as the database spells it (lower case). A malformed one names no account: say
 * so, instead of letting Postgres fail on the uuid's syntax.
 */
export function parseAccountId(id: string): string {
  if (typeof id !== 'string' || !UUID.test(id)) {
    throw new AppError('ledger.account_not_found', undefined, { id });
  }
  return id.toLowerCase();
}
