import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.ts';
import { insertUnnest } from '../db/insert-unnest.ts';
import { AppError } from '../errors.ts';
import { type ActorKind, type StatusHistoryRow, statusHistory } from './schema.ts';

/** Who moved a status: a merchant or operator (their id), a job or a payment provider (its name). */
export interface Actor {
  kind: ActorKind;
  id: string | null;
}

export const systemActor = (job: string): Actor => ({ kind: 'system', id: job });

/** A table whose rows have a lifecycle: a uuid `id` and a text `status`. */
type LifecycleTable = PgTable & { id: PgColumn; status: PgColumn };

export interface Move<S extends string> {
  id: string;
  from: S;
  to: S;
  actor: Actor;
  reason?: string | null;
  at: Date;
}

export interface Lifecycle<S extends string, T extends LifecycleTable> {
  readonly entityType: string;
  can(from: S, to: S): boolean;
  /** Checks a move against the table without writing: the move's `to`, or the refusal. */
  assert(from: S, to: S): S;
  /**
   * The one way a row's status changes, in the caller's transaction: the move is checked against
   * the table, the row is updated only if it still has `from` (with `set`'s other columns), and
   * the history row is written. Refused when the row moved meanwhile (a concurrent move won).
   */
  transition(
    tx: Executor,
    move: Move<S> & { set?: Partial<T['$inferInsert']> },
  ): Promise<T['$inferSelect']>;
  /** History of a row that was inserted with its status (`from` null), or moved in bulk. */
  record(tx: Executor, move: Omit<Move<S>, 'from'> & { from: S | null }): Promise<void>;
  /** `record` for many rows at once: one INSERT taking one array per column (insertUnnest). */
  recordAll(tx: Executor, moves: (Omit<Move<S>, 'from'> & { from: S | null })[]): Promise<void>;
  history(tx: Executor, id: string): Promise<StatusHistoryRow[]>;
}

/**
 * A lifecycle as an explicit transition table (`{ pending: ['approved', 'rejected'], … }`); any
 * other move is refused with `refusedCode` (default `<entity>.invalid_transition`) and the
 * details `{ from, to }`.
 */
export function defineLifecycle<S extends string, T extends LifecycleTable>(
  entityType: string,
  config: {
    table: T;
    transitions: Record<S, readonly S[]>;
    refusedCode?: string;
    /** What the refusal's message names (default `{ from, to }`). */
    refusedParams?: (from: S, to: S) => Record<string, unknown>;
  },
): Lifecycle<S, T> {
  const { table, transitions } = config;
  const refusedCode = config.refusedCode ?? `${entityType}.invalid_transition`;
  const can = (from: S, to: S) => transitions[from]?.includes(to) ?? false;
  const assert = (from: S, to: S): S => {
    if (!can(from, to)) {
      throw new AppError(
        refusedCode,
        { from, to },
        config.refusedParams?.(from, to) ?? { from, to },
      );
    }
    return to;
  };
  const recordAll: Lifecycle<S, T>['recordAll'] = async (tx, moves) => {
    await insertUnnest(
      tx,
      statusHistory,
      moves.map((move) => ({
        entityType,
        entityId: move.id,
        fromStatus: move.from,
        toStatus: move.to,
        actorKind: move.actor.kind,
        actorId: move.actor.id,
        reason: move.reason ?? null,
        at: move.at,
      })),
    );
  };
  const record: Lifecycle<S, T>['record'] = (tx, move) => recordAll(tx, [move]);

  return {
    entityType,
    can,
    assert,
    record,
    recordAll,
    async transition(tx, move) {
      assert(move.from, move.to);
      const stillFrom: SQL | undefined = and(eq(table.id, move.id), eq(table.status, move.from));
      // drizzle cannot type `set` for a table only known by its shape; the caller's `set` is typed.
      const values = { ...move.set, status: move.to } as never;
      const [row] = await (tx.update(table as never) as ReturnType<Executor['update']>)
        .set(values)
        .where(stillFrom)
        .returning();
      if (!row) {
        throw new AppError('lifecycle.moved_meanwhile', { from: move.from, to: move.to });
      }
      await record(tx, move);
      return row as T['$inferSelect'];
    },
    history: (tx, id) =>
      tx
        .select()
        .from(statusHistory)
        .where(and(eq(statusHistory.entityType, entityType), eq(statusHistory.entityId, id)))
        .orderBy(asc(statusHistory.at), asc(statusHistory.id)),
  };
}
