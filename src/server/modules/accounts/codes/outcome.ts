import { type Db, type Tx, withTx } from '../../../db/client.ts';
import type { AppError } from '../../../errors.ts';

/** A use case's result when a failure must still be written (a wrong code counts). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failure = <T = never>(error: AppError): Outcome<T> => ({ ok: false, error });

/**
 * Run fn in a transaction that commits either way, then throw the failure. Throwing inside the
 * transaction would roll back the very counters that stop a code from being guessed.
 */
export async function commitThenThrow<T>(db: Db, fn: (tx: Tx) => Promise<Outcome<T>>): Promise<T> {
  const outcome = await withTx(db, fn);
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
