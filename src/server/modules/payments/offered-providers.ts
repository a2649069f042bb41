import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { PROVIDER_CODES, type ProviderCode } from './schema.ts';
import { bankAccount, sandboxEnabled } from './settings.ts';

/**
 * The ways a merchant may pay now: the sandbox while it is switched on, bank transfer once an
 * admin has entered the account to transfer to.
 */
export async function offeredProviders(db: Executor): Promise<ProviderCode[]> {
  const offered: Record<ProviderCode, boolean> = {
    sandbox: await sandboxEnabled(db),
    offline: (await bankAccount(db)) !== null,
  };
  return PROVIDER_CODES.filter((code) => offered[code]);
}

/** Refuses a provider that is not offered, saying why. */
export async function assertProviderOffered(db: Executor, provider: ProviderCode): Promise<void> {
  if ((await offeredProviders(db)).includes(provider)) return;
  throw new AppError(
    provider === 'sandbox' ? 'payment.sandbox_disabled' : 'payment.offline_unavailable',
  );
}
