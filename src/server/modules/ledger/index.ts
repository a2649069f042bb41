// The ledger's public surface. Other modules move money only through these functions and never
// touch the ledger tables. Balances are credits − debits for every account (see schema.ts).
import { defineModule } from '../../module.ts';
import { ledgerErrors } from './errors.ts';

export {
  accountBalance,
  type BalanceMismatch,
  merchantDepositBalance,
  merchantDepositBalances,
  verifyBalances,
} from './balances.ts';
export {
  ensureMerchantDepositAccount,
  ensurePlatformAccount,
  merchantDepositCode,
  platformAccountCode,
} from './ensure-account.ts';
export { ledgerErrors } from './errors.ts';
export { type TransferMemo, transferMemo } from './memo.ts';
export { DEFAULT_CURRENCY, type Money } from './money.ts';
export { postTransfer, type TransferInput } from './post-transfer.ts';
export { type ReversalInput, reverseTransfer } from './reverse-transfer.ts';
export type {
  AccountKind,
  LedgerAccount,
  PlatformAccountKind,
  Transfer,
  TransferKind,
} from './schema.ts';
export { accountStatement, type StatementEntry, type StatementPage } from './statement.ts';

export const ledgerModule = defineModule({
  name: 'ledger',
  errors: ledgerErrors,
  // A transfer on a merchant's deposit account: { merchantId, transferId }.
  events: ['ledger.deposit_moved'],
});
