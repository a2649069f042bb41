import type { Executor } from '../../db/client.ts';

/**
 * Whether a merchant has something another module keeps: a verification, a store, a business
 * profile. The session probe tells the web app, so a page for a new account knows there is
 * nothing to ask for (instead of asking and getting a 404). The modules that keep them sit on
 * top of accounts, so the composition registers the checks here (app-modules.ts).
 */
export type AccountHolding = (db: Executor, merchantId: string) => Promise<boolean>;

const holdings = new Map<string, AccountHolding>();

/** Called once by the module composition. */
export function registerAccountHoldings(registered: Record<string, AccountHolding>): void {
  for (const [name, holding] of Object.entries(registered)) holdings.set(name, holding);
}

/** Every registered holding of the merchant: `{ verification: false, store: false, … }`. */
export async function accountHoldings(
  db: Executor,
  merchantId: string,
): Promise<Record<string, boolean>> {
  const checks = [...holdings].map(
    async ([name, holding]) => [name, await holding(db, merchantId)] as const,
  );
  return Object.fromEntries(await Promise.all(checks));
}
