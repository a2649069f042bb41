import type { Executor } from '../../db/client.ts';
import { merchantFacts } from '../accounts/index.ts';
import { queueEmail, type storeEmailTemplates } from './notification-templates.ts';

type StoreTemplate =
  | 'stores.receipt'
  | 'stores.offline_instructions'
  | 'stores.transfer_rejected'
  | 'stores.renewal_reminder'
  | 'stores.grace_started'
  | 'stores.suspended';

/**
 * E-mail the merchant at their registered address, in their language, in the caller's
 * transaction; `key` makes it go out once. A merchant without an e-mail address gets none (an
 * open store requires a verified one).
 */
export async function notifyStoreOwner<N extends StoreTemplate>(
  tx: Executor,
  merchantId: string,
  key: string,
  template: N,
  data: Parameters<(typeof storeEmailTemplates)[N]>[1],
): Promise<void> {
  const facts = await merchantFacts(tx, merchantId);
  if (!facts?.email) return;
  await queueEmail(tx, { key, to: facts.email, locale: facts.locale, template, data });
}
