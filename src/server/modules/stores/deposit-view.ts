import { Type } from '@sinclair/typebox';
import type { Executor } from '../../db/client.ts';
import { MoneyView as Money } from '../../http/money-schema.ts';
import {
  accountStatement,
  DEFAULT_CURRENCY,
  ensureMerchantDepositAccount,
  merchantDepositBalance,
  type StatementEntry,
  transferMemo,
} from '../ledger/index.ts';
import { paymentReferences } from '../payments/index.ts';
import { findStoreOfMerchant } from './find-store.ts';

export const DepositViewSchema = Type.Object({
  merchantId: Type.String({ format: 'uuid' }),
  balance: Money,
  /** What the store must hold (its package's deposit); 0 without a store. */
  required: Money,
  /** required − balance when positive: to be topped up (SPEC §8). */
  shortfall: Money,
  transfers: Type.Array(
    Type.Object({
      id: Type.Integer(),
      createdAt: Type.String({ format: 'date-time' }),
      kind: Type.String(),
      direction: Type.Union([Type.Literal('in'), Type.Literal('out')]),
      /** Signed: positive into the deposit, negative out of it. */
      amount: Money,
      balanceAfter: Money,
      /** What it is for, as a code to render in the reader's language (payment.fee, …). */
      memoCode: Type.Union([Type.String(), Type.Null()]),
      memoParams: Type.Record(Type.String(), Type.Unknown()),
      /** Stored text, shown when there is no memoCode (transfers from before memo codes). */
      memo: Type.Union([Type.String(), Type.Null()]),
      /** What ties the transfer to its cause: the id of the payment it books. */
      reference: Type.Union([Type.String(), Type.Null()]),
      /** The payment's code quoted on the bank transfer (KD-7F3K-92QD), when it has one. */
      transferCode: Type.Union([Type.String(), Type.Null()]),
      /** The bank's reference of the transfer, as finance recorded it. */
      bankReference: Type.Union([Type.String(), Type.Null()]),
      reversesTransferId: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
  /** Pass as `before` to read older transfers; null at the end. */
  nextBefore: Type.Union([Type.Integer(), Type.Null()]),
});

/** A merchant's deposit: balance, what the store requires, and the statement newest first. */
export async function depositView(
  db: Executor,
  merchantId: string,
  page: { limit: number; before?: number },
) {
  const [balance, store] = await Promise.all([
    merchantDepositBalance(db, merchantId),
    findStoreOfMerchant(db, merchantId),
  ]);
  const currency = store?.currency ?? DEFAULT_CURRENCY;
  const required = store?.depositRequired ?? 0;
  // The deposit account is made on first use anyway; making it here costs one empty row.
  const account = await ensureMerchantDepositAccount(db, merchantId, balance.currency);
  const statement = await accountStatement(db, account.id, page);
  const references = await paymentReferences(
    db,
    statement.map((entry) => entry.reference),
  );
  return {
    merchantId,
    balance,
    required: { amount: required, currency },
    shortfall: { amount: Math.max(0, required - balance.amount), currency },
    transfers: statement.map((entry) => ({
      ...statementMemo(entry),
      id: entry.transferId,
      // accountStatement's raw SQL comes back through drizzle as a timestamp string, not the Date
      // its type says; new Date() reads either.
      createdAt: entry.createdAt.toISOString(),
      kind: entry.kind,
      direction: entry.direction,
      amount: { amount: entry.amount, currency: entry.currency },
      balanceAfter: { amount: entry.balanceAfter, currency: entry.currency },
      memo: entry.memo,
      reference: entry.reference,
      transferCode: (entry.reference && references.get(entry.reference)?.transferCode) ?? null,
      bankReference: (entry.reference && references.get(entry.reference)?.bankReference) ?? null,
      reversesTransferId: entry.reversesTransferId,
    })),
    nextBefore: statement.length === page.limit ? (statement.at(-1)?.transferId ?? null) : null,
  };
}

function statementMemo(entry: StatementEntry) {
  const memo = transferMemo(entry);
  return { memoCode: memo?.code ?? null, memoParams: memo?.params ?? {} };
}
