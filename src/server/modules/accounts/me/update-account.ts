import { eq } from 'drizzle-orm';
import type { Clock } from '../../../clock.ts';
import type { Executor } from '../../../db/client.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { type AccountView, requireMerchantRow, toAccountView } from '../merchants.ts';
import { merchants } from '../schema.ts';

export interface AccountChanges {
  /** Legal name, or company name for enterprise accounts; null or blank clears it. */
  realName?: string | null | undefined;
  locale?: Locale | undefined;
}

export async function updateAccount(
  tx: Executor,
  merchantId: string,
  changes: AccountChanges,
  clock: Clock,
): Promise<AccountView> {
  const current = await requireMerchantRow(tx, merchantId);
  const realName =
    changes.realName === undefined
      ? current.realName
      : changes.realName?.replace(/\s+/g, ' ').trim() || null;
  const [updated] = await tx
    .update(merchants)
    .set({ realName, locale: changes.locale ?? current.locale, updatedAt: clock.now() })
    .where(eq(merchants.id, merchantId))
    .returning();
  return toAccountView(updated ?? current);
}
