import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { assertCurrency, DEFAULT_CURRENCY } from './money.ts';
import { type LedgerAccount, ledgerAccounts, type PlatformAccountKind } from './schema.ts';

const platformAccountNames: Record<PlatformAccountKind, string> = {
  platform_cash: 'cash',
  platform_fee_income: 'fee_income',
  platform_penalty_income: 'penalty_income',
  buyer_compensation_payable: 'buyer_compensation_payable',
  payout_clearing: 'payout_clearing',
  order_funds_held: 'order_funds_held',
};

export function merchantDepositCode(merchantId: string): string {
  return `merchant:${merchantId}:deposit`;
}

/** `platform:cash`; an account of another currency than CNY carries it: `platform:cash:USD`. */
export function platformAccountCode(
  kind: PlatformAccountKind,
  currency = DEFAULT_CURRENCY,
): string {
  const code = `platform:${platformAccountNames[kind]}`;
  return currency === DEFAULT_CURRENCY ? code : `${code}:${currency}`;
}

/**
 * The merchant's one deposit account, created on first use. Its currency is fixed then: asking
 * for it in another currency is refused rather than quietly opening a second deposit.
 */
export function ensureMerchantDepositAccount(
  tx: Executor,
  merchantId: string,
  currency = DEFAULT_CURRENCY,
): Promise<LedgerAccount> {
  return ensureAccount(tx, {
    code: merchantDepositCode(merchantId),
    kind: 'merchant_deposit',
    ownerId: merchantId,
    currency,
    mustNotGoNegative: true,
  });
}

export function ensurePlatformAccount(
  tx: Executor,
  kind: PlatformAccountKind,
  currency = DEFAULT_CURRENCY,
): Promise<LedgerAccount> {
  return ensureAccount(tx, {
    code: platformAccountCode(kind, currency),
    kind,
    ownerId: null,
    currency,
    mustNotGoNegative: false,
  });
}

type NewAccount = Pick<
  LedgerAccount,
  'code' | 'kind' | 'ownerId' | 'currency' | 'mustNotGoNegative'
>;

async function ensureAccount(tx: Executor, wanted: NewAccount): Promise<LedgerAccount> {
  assertCurrency(wanted.currency);
  const account =
    (await findAccountByCode(tx, wanted.code)) ??
    (await tx.insert(ledgerAccounts).values(wanted).onConflictDoNothing().returning())[0] ??
    // Another transaction created it between our look-up and insert; the conflict waited for it.
    (await findAccountByCode(tx, wanted.code));
  if (!account) throw new Error(`ledger account ${wanted.code} could not be created`);
  if (account.currency !== wanted.currency) {
    throw new AppError('ledger.currency_mismatch', {
      account: account.code,
      accountCurrency: account.currency,
      currency: wanted.currency,
    });
  }
  return account;
}

export async function findAccountByCode(
  tx: Executor,
  code: string,
): Promise<LedgerAccount | undefined> {
  const [account] = await tx.select().from(ledgerAccounts).where(eq(ledgerAccounts.code, code));
  return account;
}
