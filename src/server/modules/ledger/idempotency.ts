import { AppError } from '../../errors.ts';
import type { NewTransfer, Transfer } from './schema.ts';

/**
 * A key seen before: the same request again gets the first transfer back, untouched; anything
 * else under that key is a caller's mistake that must not move money.
 */
export function replay(existing: Transfer, wanted: NewTransfer): Transfer {
  const same =
    existing.debitAccountId === wanted.debitAccountId &&
    existing.creditAccountId === wanted.creditAccountId &&
    existing.amount === wanted.amount &&
    existing.currency === wanted.currency &&
    existing.kind === wanted.kind &&
    existing.reversesTransferId === wanted.reversesTransferId &&
    existing.memo === wanted.memo &&
    existing.memoCode === wanted.memoCode &&
    canonicalJson(existing.memoParams) === canonicalJson(wanted.memoParams) &&
    existing.reference === wanted.reference &&
    canonicalJson(existing.metadata) === canonicalJson(wanted.metadata);
  if (!same) {
    throw new AppError('ledger.idempotency_conflict', {
      key: wanted.idempotencyKey,
      transferId: existing.id,
    });
  }
  return existing;
}

/** JSON with object keys sorted, since jsonb does not keep the order they were written in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
