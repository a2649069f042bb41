import { and, asc, desc, eq, ilike, inArray, not, or, type SQL, sql, sum } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { listMerchants } from '../accounts/index.ts';
import { verificationStatesOf } from '../kyc/index.ts';
import { DEFAULT_CURRENCY, merchantDepositBalances } from '../ledger/index.ts';
import { storeSummariesOf } from '../stores/index.ts';
import type { DirectoryQuery } from './merchant-directory.ts';
import {
  type DirectoryRow,
  type DirectoryStore,
  merchantDirectory,
  merchantDirectoryCounts,
} from './schema.ts';

// The directory's read model (migration 0015): one row per merchant, written only here, always
// recomputed from what the owning modules' own functions say now. A refresh is therefore the
// same whichever event caused it and however late or often it is delivered.

const BATCH = 1000;

type CountKey = Pick<DirectoryRow, 'status' | 'verified' | 'verificationStatus'>;

/**
 * Bring the merchants' rows up to date, in the caller's transaction, with the counts of each
 * filter value moved along. Rows of merchants that no longer exist are removed.
 */
export async function refreshDirectoryEntries(
  tx: Tx,
  merchantIds: readonly string[],
  now: Date,
): Promise<void> {
  const ids = [...new Set(merchantIds)].sort();
  if (ids.length === 0) return;
  // One refresh of a merchant at a time (in id order, so two batches never wait on each other).
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended('merchant_directory:' || id, 0))
        FROM unnest(${sql`ARRAY[${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )}]::text[]`}) AS id ORDER BY id`,
  );
  const before = await tx
    .select()
    .from(merchantDirectory)
    .where(inArray(merchantDirectory.merchantId, ids));
  const page = await listMerchants(tx, {
    idCondition: (merchantId) => inArray(merchantId, ids),
    limit: ids.length,
    offset: 0,
  });
  const found = page.items.map((merchant) => merchant.id);
  // One after another: a transaction is one connection, and pg queues (and warns about)
  // queries sent on it while another is running.
  const verifications = await verificationStatesOf(tx, found);
  const stores = await storeSummariesOf(tx, found);
  const deposits = await merchantDepositBalances(tx, found);
  const rows: DirectoryRow[] = page.items.map((merchant) => {
    const verification = verifications.get(merchant.id) ?? { status: 'none', verified: false };
    const store = stores.get(merchant.id);
    const deposit = deposits.get(merchant.id) ?? { amount: 0, currency: DEFAULT_CURRENCY };
    return {
      merchantId: merchant.id,
      accountType: merchant.accountType,
      email: merchant.email,
      phone: merchant.phone,
      realName: merchant.realName,
      status: merchant.status,
      verificationStatus: verification.status,
      verified: verification.verified,
      store: store
        ? ({
            id: store.id,
            status: store.status,
            name: store.name,
            slug: store.slug,
            live: store.live,
            testMode: store.testMode,
          } satisfies DirectoryStore)
        : null,
      depositAmount: deposit.amount,
      depositCurrency: deposit.currency,
      createdAt: merchant.createdAt,
      refreshedAt: now,
    };
  });

  if (rows.length > 0) {
    await tx
      .insert(merchantDirectory)
      .values(rows)
      .onConflictDoUpdate({
        target: merchantDirectory.merchantId,
        set: {
          accountType: sql`excluded.account_type`,
          email: sql`excluded.email`,
          phone: sql`excluded.phone`,
          realName: sql`excluded.real_name`,
          status: sql`excluded.status`,
          verificationStatus: sql`excluded.verification_status`,
          verified: sql`excluded.verified`,
          store: sql`excluded.store`,
          depositAmount: sql`excluded.deposit_amount`,
          depositCurrency: sql`excluded.deposit_currency`,
          createdAt: sql`excluded.created_at`,
          refreshedAt: sql`excluded.refreshed_at`,
        },
      });
  }
  const gone = before.filter((row) => !found.includes(row.merchantId)).map((row) => row.merchantId);
  if (gone.length > 0)
    await tx.delete(merchantDirectory).where(inArray(merchantDirectory.merchantId, gone));

  const deltas = new Map<string, number>();
  const move = (row: CountKey, by: number) => {
    const key = JSON.stringify([row.status, row.verified, row.verificationStatus]);
    deltas.set(key, (deltas.get(key) ?? 0) + by);
  };
  for (const row of before) move(row, -1);
  for (const row of rows) move(row, 1);
  await moveCounts(tx, deltas);
}

async function moveCounts(tx: Tx, deltas: Map<string, number>): Promise<void> {
  // In key order: two transactions moving the same counts never wait on each other in a circle.
  for (const [key, by] of [...deltas].sort(([a], [b]) => a.localeCompare(b))) {
    if (by === 0) continue;
    const [status, verified, verificationStatus] = JSON.parse(key) as [
      CountKey['status'],
      boolean,
      CountKey['verificationStatus'],
    ];
    if (by < 0) {
      // The row exists (it counted the merchant); an insert's proposed row would fail the CHECK.
      await tx
        .update(merchantDirectoryCounts)
        .set({ merchants: sql`${merchantDirectoryCounts.merchants} + ${by}` })
        .where(
          and(
            eq(merchantDirectoryCounts.status, status),
            eq(merchantDirectoryCounts.verified, verified),
            eq(merchantDirectoryCounts.verificationStatus, verificationStatus),
          ),
        );
      continue;
    }
    await tx
      .insert(merchantDirectoryCounts)
      .values({ status, verified, verificationStatus, merchants: by })
      .onConflictDoUpdate({
        target: [
          merchantDirectoryCounts.status,
          merchantDirectoryCounts.verified,
          merchantDirectoryCounts.verificationStatus,
        ],
        set: { merchants: sql`${merchantDirectoryCounts.merchants} + ${by}` },
      });
  }
}

/**
 * Fill the rows of merchants the model does not have yet, a batch per transaction; the number
 * filled. What an install that predates the model runs once (the directory's backfill job), and
 * what catches a merchant whose account was created without an event.
 */
export async function backfillDirectory(
  db: Executor,
  run: (fn: (tx: Tx) => Promise<void>) => Promise<void>,
  now: () => Date,
): Promise<number> {
  let filled = 0;
  for (;;) {
    const missing = await listMerchants(db, {
      idCondition: (merchantId) =>
        sql`NOT EXISTS (SELECT 1 FROM ${merchantDirectory} WHERE ${merchantDirectory.merchantId} = ${merchantId})`,
      limit: BATCH,
      offset: 0,
    });
    if (missing.items.length === 0) return filled;
    await run((tx) =>
      refreshDirectoryEntries(
        tx,
        missing.items.map((merchant) => merchant.id),
        now(),
      ),
    );
    filled += missing.items.length;
  }
}

/** Recompute every row from the modules (after a bug fix, or to check the model): batch by batch. */
export async function rebuildDirectory(
  db: Executor,
  run: (fn: (tx: Tx) => Promise<void>) => Promise<void>,
  now: () => Date,
): Promise<void> {
  for (let offset = 0; ; offset += BATCH) {
    const page = await db
      .select({ id: merchantDirectory.merchantId })
      .from(merchantDirectory)
      .orderBy(asc(merchantDirectory.merchantId))
      .limit(BATCH)
      .offset(offset);
    if (page.length === 0) break;
    await run((tx) =>
      refreshDirectoryEntries(
        tx,
        page.map((row) => row.id),
        now(),
      ),
    );
  }
  await backfillDirectory(db, run, now);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * One page of the directory from the read model, newest first. Without a search the total is a
 * sum over the counts table (a few dozen rows); with one, the trigram indexes narrow the count.
 */
export async function readDirectory(db: Executor, query: DirectoryQuery) {
  const filters = (table: typeof merchantDirectory | typeof merchantDirectoryCounts) => {
    const conditions: SQL[] = [];
    if (query.status) conditions.push(eq(table.status, query.status));
    switch (query.verification) {
      case undefined:
        break;
      case 'verified':
        conditions.push(eq(table.verified, true));
        break;
      case 'unverified':
        conditions.push(not(table.verified));
        break;
      default:
        conditions.push(eq(table.verificationStatus, query.verification));
    }
    return conditions;
  };
  const conditions = filters(merchantDirectory);
  const q = query.q?.trim();
  if (q) {
    const digits = q.replace(/[\s\-().]/g, '');
    const search = or(
      ilike(merchantDirectory.email, `%${escapeLike(q)}%`),
      ilike(merchantDirectory.realName, `%${escapeLike(q)}%`),
      ...(digits ? [ilike(merchantDirectory.phone, `%${escapeLike(digits)}%`)] : []),
    );
    if (search) conditions.push(search);
  }
  const where = and(...conditions);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(merchantDirectory)
      .where(where)
      .orderBy(desc(merchantDirectory.createdAt), desc(merchantDirectory.merchantId))
      .limit(query.limit)
      .offset(query.offset),
    q
      ? db
          .select({ value: sql<number>`count(*)::int` })
          .from(merchantDirectory)
          .where(where)
          .then(([row]) => row?.value ?? 0)
      : db
          .select({ value: sum(merchantDirectoryCounts.merchants).mapWith(Number) })
          .from(merchantDirectoryCounts)
          .where(and(...filters(merchantDirectoryCounts)))
          .then(([row]) => row?.value ?? 0),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.merchantId,
      accountType: row.accountType,
      email: row.email,
      phone: row.phone,
      realName: row.realName,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      verification: { status: row.verificationStatus, verified: row.verified },
      store: row.store,
      deposit: { amount: row.depositAmount, currency: row.depositCurrency },
    })),
    total,
  };
}
