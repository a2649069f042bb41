import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type ProviderCode, paymentSettings } from './schema.ts';

/** The platform's account merchants transfer to (shown with every offline payment). */
export interface BankAccount {
  accountName: string;
  bankName: string;
  accountNumber: string;
  swift: string | null;
}

async function readSetting<T>(db: Executor, key: string): Promise<T | undefined> {
  const [row] = await db
    .select({ value: paymentSettings.value })
    .from(paymentSettings)
    .where(eq(paymentSettings.key, key));
  return row?.value as T | undefined;
}

async function writeSetting(tx: Executor, key: string, value: unknown, now: Date): Promise<void> {
  await tx
    .insert(paymentSettings)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: paymentSettings.key, set: { value, updatedAt: now } });
}

/** The number early installations were seeded with; it must never be shown as where to pay. */
const PLACEHOLDER_ACCOUNT_NUMBER = '6222000000000000000';

/**
 * The account merchants transfer to, or null until an admin has entered one: bank transfer is
 * offered only then.
 */
export async function bankAccount(db: Executor): Promise<BankAccount | null> {
  const account = await readSetting<BankAccount>(db, 'bank_account');
  if (!account?.accountNumber.trim() || !account.accountName.trim() || !account.bankName.trim()) {
    return null;
  }
  return account.accountNumber === PLACEHOLDER_ACCOUNT_NUMBER ? null : account;
}

export function saveBankAccount(tx: Executor, account: BankAccount, now: Date): Promise<void> {
  return writeSetting(tx, 'bank_account', account, now);
}

export async function sandboxEnabled(db: Executor): Promise<boolean> {
  return (await readSetting<boolean>(db, 'sandbox_enabled')) ?? true;
}

export function saveSandboxEnabled(tx: Executor, enabled: boolean, now: Date): Promise<void> {
  return writeSetting(tx, 'sandbox_enabled', enabled, now);
}

/**
 * The secret a provider signs its callbacks with. Kept in the database so every app instance
 * sees the same one; made on first use, so no installation ships a known secret.
 */
export async function callbackSecret(db: Executor, provider: ProviderCode): Promise<string> {
  const key = `callback_secret:${provider}`;
  await db
    .insert(paymentSettings)
    .values({ key, value: randomBytes(32).toString('base64url'), updatedAt: sql`now()` })
    .onConflictDoNothing({ target: paymentSettings.key });
  const secret = await readSetting<string>(db, key);
  if (!secret) throw new Error(`callback secret for ${provider} could not be created`);
  return secret;
}
