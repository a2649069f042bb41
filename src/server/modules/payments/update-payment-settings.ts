import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../audit/index.ts';
import {
  type BankAccount,
  bankAccount,
  sandboxEnabled,
  saveBankAccount,
  saveSandboxEnabled,
} from './settings.ts';

export interface PaymentSettingsChange {
  bankAccount?: BankAccount;
  sandboxEnabled?: boolean;
}

/** An admin changes the bank account merchants transfer to, or switches the sandbox on or off. */
export async function updatePaymentSettings(
  tx: Executor,
  change: PaymentSettingsChange,
  action: { operatorId: string; ip: string | null; now: Date },
) {
  const before = { bankAccount: await bankAccount(tx), sandboxEnabled: await sandboxEnabled(tx) };
  if (change.bankAccount) await saveBankAccount(tx, trimmed(change.bankAccount), action.now);
  if (change.sandboxEnabled !== undefined) {
    await saveSandboxEnabled(tx, change.sandboxEnabled, action.now);
  }
  const after = { bankAccount: await bankAccount(tx), sandboxEnabled: await sandboxEnabled(tx) };
  await recordAudit(tx, {
    actor: action.operatorId,
    action: 'payment_settings.updated',
    target: { type: 'payment_settings', id: 'payments' },
    before,
    after,
    ip: action.ip,
    at: action.now,
  });
  return after;
}

function trimmed(account: BankAccount): BankAccount {
  return {
    accountName: account.accountName.trim(),
    bankName: account.bankName.trim(),
    accountNumber: account.accountNumber.trim(),
    swift: account.swift?.trim() || null,
  };
}
