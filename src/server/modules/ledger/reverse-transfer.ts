import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordTransfer, toNewTransfer } from './post-transfer.ts';
import { ledgerTransfers, type Transfer, type TransferKind } from './schema.ts';

export interface ReversalInput {
  transferId: number;
  /** Same key, same reversal: reversing again under it returns the first reversal. */
  key: string;
  memo?: string | null;
  memoCode?: string | null;
  memoParams?: Record<string, unknown>;
  /** A more telling kind for statements, such as penalty_reversal; `reversal` by default. */
  kind?: TransferKind;
}

/**
 * Undo a transfer with a new one in the opposite direction (SPEC §8: corrections are new
 * transfers, never edits). It is refused like any transfer when the money has since left a
 * deposit, and a transfer can be reversed only once.
 */
export async function reverseTransfer(tx: Tx, input: ReversalInput): Promise<Transfer> {
  const [original] = Number.isSafeInteger(input.transferId)
    ? await tx.select().from(ledgerTransfers).where(eq(ledgerTransfers.id, input.transferId))
    : [];
  if (!original) {
    throw new AppError('ledger.transfer_not_found', undefined, { id: input.transferId });
  }
  const reversal = toNewTransfer(
    {
      key: input.key,
      debit: original.creditAccountId,
      credit: original.debitAccountId,
      amount: original.amount,
      currency: original.currency,
      kind: input.kind ?? 'reversal',
      memo: input.memo ?? null,
      memoCode: input.memoCode ?? null,
      ...(input.memoParams ? { memoParams: input.memoParams } : {}),
      // Kept so that everything about one payment or penalty is found under its reference.
      reference: original.reference,
    },
    original.id,
  );
  return recordTransfer(tx, reversal);
}
