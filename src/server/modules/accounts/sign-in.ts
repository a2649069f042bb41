import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { createSession } from '../sessions/index.ts';
import type { SettingsReader } from '../settings/index.ts';
import { type AccountView, toAccountView } from './merchants.ts';
import type { Merchant } from './schema.ts';

/** Who is signing in from where, for the "where you are signed in" list. */
export interface ClientInfo {
  userAgent?: string | undefined;
  ip?: string | undefined;
}

export interface SignedIn {
  /** Goes into the session cookie and nowhere else. */
  token: string;
  account: AccountView;
}

export async function signIn(
  tx: Executor,
  merchant: Merchant,
  client: ClientInfo,
  clock: Clock,
  settings: SettingsReader,
): Promise<SignedIn> {
  const { token } = await createSession(
    tx,
    { subjectType: 'merchant', subjectId: merchant.id, userAgent: client.userAgent, ip: client.ip },
    clock,
    settings,
  );
  return { token, account: toAccountView(merchant) };
}
