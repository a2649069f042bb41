import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Storage } from '../../../adapters/storage/storage.ts';
import type { Clock } from '../../../clock.ts';
import { type Db, type Tx, withTx } from '../../../db/client.ts';
import { insertUnnest } from '../../../db/insert-unnest.ts';
import { AppError } from '../../../errors.ts';
import { recordEvent } from '../../../outbox/events.ts';
import type { SettingsReader } from '../../settings/index.ts';
import {
  type FailedRow,
  type GroupOutcome,
  groupProducts,
  type ImportedProduct,
} from './group-rows.ts';
import { readCsvRecords } from './read-csv.ts';
import { type ProductImport, productImportErrors, productImports } from './schema.ts';
import { type RowCounts, writeProducts } from './write-products.ts';

/** How long a claimed import is its worker's without a committed chunk; then another takes it. */
export const IMPORT_LEASE_MS = 60_000;
/** Rows per transaction: big enough for multi-row writes, small enough for a moving bar. */
const CHUNK_ROWS = 1_000;

export interface ImportRunDeps {
  db: Db;
  storage: Storage;
  clock: Clock;
  settings: SettingsReader;
}

export interface RunOptions {
  chunkRows?: number;
  /** Stop after this many committed chunks, as a worker killed mid-job would (tests). */
  maxChunks?: number;
  /** Asked after each chunk: the instance is shutting down (the lease lets another resume). */
  shouldStop?: () => boolean;
}

/**
 * Take the oldest import waiting, or one whose worker stopped renewing its lease (it died), for
 * this worker. SKIP LOCKED: two instances claiming at once get different imports.
 */
export async function claimImport(db: Db, now: Date): Promise<ProductImport | null> {
  const leaseUntil = new Date(now.getTime() + IMPORT_LEASE_MS);
  const result = await db.execute<{ id: string }>(sql`
    UPDATE product_imports SET status = 'running', lease_token = ${randomUUID()}::uuid,
      lease_until = ${leaseUntil.toISOString()}::timestamptz
    WHERE id = (
      SELECT id FROM product_imports
      WHERE status = 'queued' OR (status = 'running' AND lease_until < ${now.toISOString()}::timestamptz)
      ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id`);
  const id = result.rows[0]?.id;
  if (!id) return null;
  const [claimed] = await db.select().from(productImports).where(eq(productImports.id, id));
  return claimed ?? null;
}

/**
 * Run a claimed import from where it stands: rows before `processedRows` were committed by an
 * earlier run and are skipped. Each chunk is one transaction that checks the lease is still
 * this worker's, writes the products, the failed rows and the counts, and renews the lease.
 * 'lost' when another worker took the import over; 'stopped' at the chunk budget.
 */
export async function runProductImport(
  deps: ImportRunDeps,
  job: ProductImport,
  options: RunOptions = {},
): Promise<'done' | 'stopped' | 'lost'> {
  const chunkRows = options.chunkRows ?? CHUNK_ROWS;
  const token = job.leaseToken;
  if (!token) throw new Error('runProductImport: the import is not claimed');
  let skip = job.processedRows;
  let chunks = 0;
  let pending: { rows: number; outcome: GroupOutcome }[] = [];
  let pendingRows = 0;

  const commit = async (): Promise<boolean> => {
    const batch = pending;
    const rows = pendingRows;
    pending = [];
    pendingRows = 0;
    const held = await withTx(deps.db, async (tx) => {
      if (!(await holdLease(tx, job.id, token))) return false;
      const products = batch.flatMap((group) =>
        group.outcome.product ? [group.outcome.product] : [],
      );
      const failedRows = batch.flatMap((group) => group.outcome.failed);
      const written = await writeProducts(tx, job, products, deps.clock.now(), {
        settings: deps.settings,
      });
      await saveFailures(tx, job.id, [...failedRows, ...written.failed], written.notices);
      await addCounts(
        tx,
        job.id,
        rows,
        {
          ...written.counts,
          failed: written.counts.failed + new Set(failedRows.map((row) => row.rowNumber)).size,
        },
        new Date(deps.clock.now().getTime() + IMPORT_LEASE_MS),
      );
      return true;
    });
    chunks += 1;
    return held;
  };

  try {
    const stored = await deps.storage.get(job.storageKey);
    const groups = groupProducts(readCsvRecords(stored.body, job.encoding), job.currency);
    for await (const group of groups) {
      if (skip > 0) {
        skip -= group.rows;
        continue;
      }
      pending.push(group);
      pendingRows += group.rows;
      if (pendingRows >= chunkRows) {
        if (!(await commit())) return 'lost';
        if (options.maxChunks !== undefined && chunks >= options.maxChunks) return 'stopped';
        if (options.shouldStop?.()) {
          // Shutting down in good order: hand the import back at once rather than at lease end.
          await deps.db
            .update(productImports)
            .set({ leaseUntil: deps.clock.now() })
            .where(and(eq(productImports.id, job.id), eq(productImports.leaseToken, token)));
          return 'stopped';
        }
      }
    }
    if (pendingRows > 0 && !(await commit())) return 'lost';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await finish(deps, job, token, 'failed', error.code);
    return 'done';
  }
  await finish(deps, job, token, 'done', null);
  return 'done';
}

async function holdLease(tx: Tx, id: string, token: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: productImports.id })
    .from(productImports)
    .where(
      and(
        eq(productImports.id, id),
        eq(productImports.leaseToken, token),
        eq(productImports.status, 'running'),
      ),
    )
    .for('update');
  return row !== undefined;
}

async function addCounts(
  tx: Tx,
  id: string,
  rows: number,
  counts: RowCounts,
  leaseUntil: Date,
): Promise<void> {
  await tx
    .update(productImports)
    .set({
      processedRows: sql`${productImports.processedRows} + ${rows}`,
      created: sql`${productImports.created} + ${counts.created}`,
      updated: sql`${productImports.updated} + ${counts.updated}`,
      unchanged: sql`${productImports.unchanged} + ${counts.unchanged}`,
      failed: sql`${productImports.failed} + ${counts.failed}`,
      leaseUntil,
    })
    .where(eq(productImports.id, id));
}

async function saveFailures(
  tx: Tx,
  importId: string,
  failed: FailedRow[],
  notices: FailedRow[],
): Promise<void> {
  await insertUnnest(
    tx,
    productImportErrors,
    [...failed, ...notices].flatMap((row) =>
      row.problems.map((problem) => ({
        importId,
        rowNumber: row.rowNumber,
        sku: row.sku,
        code: problem.code,
        params: problem.params ?? {},
      })),
    ),
    { onConflictDoNothing: true },
  );
}

async function finish(
  deps: ImportRunDeps,
  job: ProductImport,
  token: string,
  status: 'done' | 'failed',
  failureCode: string | null,
): Promise<void> {
  await withTx(deps.db, async (tx) => {
    if (!(await holdLease(tx, job.id, token))) return;
    const now = deps.clock.now();
    const [ended] = await tx
      .update(productImports)
      .set({ status, failureCode, finishedAt: now, leaseToken: null, leaseUntil: null })
      .where(eq(productImports.id, job.id))
      .returning();
    if (!ended || status !== 'done') return;
    await recordEvent(tx, {
      topic: 'product.imported',
      key: `product.imported:${job.id}`,
      occurredAt: now,
      data: {
        importId: job.id,
        merchantId: job.merchantId,
        storeId: job.storeId,
        created: ended.created,
        updated: ended.updated,
        unchanged: ended.unchanged,
        failed: ended.failed,
      },
    });
  });
}

export type { ImportedProduct };
