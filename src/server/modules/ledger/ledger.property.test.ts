import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/db.ts';
import { withTx } from '../../db/client.ts';
import { verifyBalances } from './balances.ts';
import { ensureMerchantDepositAccount, ensurePlatformAccount } from './ensure-account.ts';
import { postTransfer } from './post-transfer.ts';
import { reverseTransfer } from './reverse-transfer.ts';
import type { Transfer } from './schema.ts';
import { outcome } from './testing.ts';

// Random sequences of deposits, penalties, reversals and replayed requests — a replay sometimes
// sent from several connections at once — checked step by step against a model that is just a
// few numbers in memory.

const MERCHANTS = 2;

type Request =
  | { type: 'deposit' | 'penalty'; merchant: number; amount: number; key: string }
  | { type: 'reverse'; targetId: number; key: string };

type Step =
  | { type: 'deposit' | 'penalty'; merchant: number; amount: number; key: number | null }
  | { type: 'reverse'; target: number; key: number | null }
  | { type: 'retry'; step: number };

/** A small pool of keys, so that requests collide with earlier ones under the same key. */
const keyChoice = fc.option(fc.integer({ min: 0, max: 4 }), { freq: 2 });
const stepArb: fc.Arbitrary<{ step: Step; copies: number }> = fc.record({
  step: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        type: fc.constant('deposit' as const),
        merchant: fc.nat(MERCHANTS - 1),
        amount: fc.integer({ min: 500, max: 5_000 }),
        key: keyChoice,
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        type: fc.constant('penalty' as const),
        merchant: fc.nat(MERCHANTS - 1),
        amount: fc.integer({ min: 1, max: 2_500 }),
        key: keyChoice,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('reverse' as const),
        target: fc.nat(),
        key: keyChoice,
      }),
    },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('retry' as const), step: fc.nat() }) },
  ),
  // Mostly one call; sometimes the same request from several transactions at once.
  copies: fc.oneof(
    { weight: 3, arbitrary: fc.constant(1) },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 3 }) },
  ),
});

interface Movement {
  debit: string;
  credit: string;
  amount: number;
}

/** The ledger as the rules describe it: labelled balances and which key made which transfer. */
class Model {
  balances = new Map<string, number>();
  byKey = new Map<string, { request: Request; transferId: number }>();
  transfers: Array<{ id: number; movement: Movement; reversedBy?: number }> = [];

  balance(label: string): number {
    return this.balances.get(label) ?? 0;
  }

  movement(request: Request): Movement {
    if (request.type === 'reverse') {
      const target = this.transfers.find((transfer) => transfer.id === request.targetId);
      if (!target) throw new Error(`model has no transfer ${request.targetId}`);
      const { debit, credit, amount } = target.movement;
      return { debit: credit, credit: debit, amount };
    }
    const deposit = `deposit:${request.merchant}`;
    return request.type === 'deposit'
      ? { debit: 'cash', credit: deposit, amount: request.amount }
      : { debit: deposit, credit: 'income', amount: request.amount };
  }

  /** What the ledger must answer: an error code, the earlier transfer's id, or `new`. */
  expect(request: Request): { error: string } | { existing: number } | { new: Movement } {
    const earlier = this.byKey.get(request.key);
    if (earlier) {
      return JSON.stringify(earlier.request) === JSON.stringify(request)
        ? { existing: earlier.transferId }
        : { error: 'ledger.idempotency_conflict' };
    }
    if (request.type === 'reverse') {
      const target = this.transfers.find((transfer) => transfer.id === request.targetId);
      if (target?.reversedBy !== undefined) return { error: 'ledger.already_reversed' };
    }
    const movement = this.movement(request);
    if (movement.debit.startsWith('deposit:') && this.balance(movement.debit) < movement.amount) {
      return { error: 'ledger.insufficient_funds' };
    }
    return { new: movement };
  }

  apply(request: Request, transferId: number, movement: Movement): void {
    this.balances.set(movement.debit, this.balance(movement.debit) - movement.amount);
    this.balances.set(movement.credit, this.balance(movement.credit) + movement.amount);
    this.byKey.set(request.key, { request, transferId });
    if (request.type === 'reverse') {
      const target = this.transfers.find((transfer) => transfer.id === request.targetId);
      if (target) target.reversedBy = transferId;
    }
    this.transfers.push({ id: transferId, movement });
  }
}

describe('the ledger against a model', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  /** Each run gets merchants of its own; the platform accounts are shared, so compare deltas. */
  async function openRun() {
    const run = randomUUID();
    const accounts = await withTx(database.db, async (tx) => {
      const opened = new Map<string, string>([
        ['cash', (await ensurePlatformAccount(tx, 'platform_cash')).id],
        ['income', (await ensurePlatformAccount(tx, 'platform_penalty_income')).id],
      ]);
      for (let m = 0; m < MERCHANTS; m += 1) {
        opened.set(`deposit:${m}`, (await ensureMerchantDepositAccount(tx, randomUUID())).id);
      }
      return opened;
    });
    return { run, accounts, start: await balancesOf(accounts) };
  }

  async function balancesOf(accounts: Map<string, string>): Promise<Map<string, number>> {
    const { rows } = await database.pool.query<{ id: string; balance: number }>(
      'SELECT id, balance FROM ledger_accounts WHERE id = ANY($1)',
      [[...accounts.values()]],
    );
    const byId = new Map(rows.map((row) => [row.id, row.balance]));
    return new Map([...accounts].map(([label, id]) => [label, byId.get(id) ?? Number.NaN]));
  }

  function send(request: Request, accounts: Map<string, string>): Promise<Transfer> {
    const id = (label: string) => accounts.get(label) as string;
    return withTx(database.db, (tx) => {
      if (request.type === 'reverse') {
        return reverseTransfer(tx, { transferId: request.targetId, key: request.key });
      }
      const deposit = id(`deposit:${request.merchant}`);
      return postTransfer(tx, {
        key: request.key,
        debit: request.type === 'deposit' ? id('cash') : deposit,
        credit: request.type === 'deposit' ? deposit : id('income'),
        amount: request.amount,
        currency: 'CNY',
        kind: request.type === 'deposit' ? 'deposit_payment' : 'penalty',
      });
    });
  }

  it('keeps the books balanced, deposits non-negative and every key applied once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 25, size: 'max' }),
        async (steps) => {
          const { run, accounts, start } = await openRun();
          const model = new Model();
          const sent: Request[] = [];

          for (const [index, { step, copies }] of steps.entries()) {
            const request = resolve(step, index, run, model, sent);
            if (!request) continue;
            sent.push(request);
            const expected = model.expect(request);
            const results = await Promise.all(
              Array.from({ length: copies }, () => settle(send(request, accounts))),
            );

            for (const result of results) {
              if ('error' in expected) expect(result).toEqual({ error: expected.error });
              else expect(result).toHaveProperty('transfer');
            }
            const ids = new Set(
              results.map((result) => ('transfer' in result ? result.transfer.id : 0)),
            );
            if ('existing' in expected) expect([...ids]).toEqual([expected.existing]);
            if ('new' in expected) {
              expect(ids.size).toBe(1);
              model.apply(request, [...ids][0] as number, expected.new);
            }

            await checkInvariants(run, accounts, start, model);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  async function checkInvariants(
    run: string,
    accounts: Map<string, string>,
    start: Map<string, number>,
    model: Model,
  ) {
    const { rows } = await database.pool.query<{
      total: number;
      negative: number;
      applied: number;
    }>(
      `SELECT (SELECT coalesce(sum(balance), 0)::bigint FROM ledger_accounts) AS total,
              (SELECT count(*)::int FROM ledger_accounts
                WHERE must_not_go_negative AND balance < 0) AS negative,
              (SELECT count(*)::int FROM ledger_transfers
                WHERE starts_with(idempotency_key, $1)) AS applied`,
      [`${run}:`],
    );
    expect(rows[0]).toEqual({ total: 0, negative: 0, applied: model.byKey.size });
    expect(await verifyBalances(database.db)).toEqual([]);
    const now = await balancesOf(accounts);
    for (const [label, startBalance] of start) {
      expect({ label, balance: (now.get(label) ?? 0) - startBalance }).toEqual({
        label,
        balance: model.balance(label),
      });
    }
  }
});

async function settle(
  sending: Promise<Transfer>,
): Promise<{ transfer: Transfer } | { error: string }> {
  let transfer: Transfer | undefined;
  const result = await outcome(sending.then((sent) => (transfer = sent)));
  return transfer ? { transfer } : { error: result };
}

/** Turn a generated step into a concrete request, or nothing when it has nothing to act on. */
function resolve(
  step: Step,
  index: number,
  run: string,
  model: Model,
  sent: Request[],
): Request | null {
  if (step.type === 'retry')
    return sent.length === 0 ? null : (sent[step.step % sent.length] ?? null);
  const key = `${run}:${step.key === null ? `fresh-${index}` : `k${step.key}`}`;
  if (step.type === 'reverse') {
    if (model.transfers.length === 0) return null;
    const target = model.transfers[step.target % model.transfers.length];
    return target ? { type: 'reverse', targetId: target.id, key } : null;
  }
  return { type: step.type, merchant: step.merchant, amount: step.amount, key };
}
