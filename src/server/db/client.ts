import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle, type NodePgDatabase, type NodePgTransaction } from 'drizzle-orm/node-postgres';
import pg from 'pg';

export type Db = NodePgDatabase<Record<string, never>> & { $client: pg.Pool };
export type Tx = NodePgTransaction<
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;
/** Anything that runs queries: the database itself or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

// int8 (bigint) columns carry money in minor units and ids; they fit in a JS number well past
// any amount a store will see, and numbers are what the API speaks.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** How long a request waits for a connection before it is told the database is unavailable. */
const CONNECTION_TIMEOUT_MS = 5_000;

export function connectDatabase(
  url: string,
  options: { max?: number; onConnectionError?: (error: Error) => void } = {},
): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
  });
  const onError = options.onConnectionError ?? (() => undefined);
  // A connection lost while idle (database restarted or killed) is reported on the pool; one
  // lost while checked out for a transaction is reported on the client itself, between its
  // queries. Unhandled, either 'error' event would end the process: the failing query rejects
  // anyway, the broken client is discarded on release, and the pool connects afresh.
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  const db = drizzle(pool) as Db;
  return { db, pool, close: () => pool.end() };
}

/** PostgreSQL's "try again" answers: the transaction was rolled back and may simply be rerun. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 3;

/**
 * Run fn in one transaction: everything it writes, outbox rows included, commits or none does.
 * A deadlock or serialization failure rolls everything back, so the whole function is run again
 * (its side effects are rows in the same transaction) instead of surfacing as a 500.
 */
export async function withTx<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transactionOnOwnClient(db, fn);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has(postgresCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/**
 * db.transaction() on a pool never gives its client back when BEGIN itself fails (a connection
 * that died while idle), so an outage would drain the pool for good. Here the client is checked
 * out and always released; one whose connection is gone is discarded rather than reused.
 */
async function transactionOnOwnClient<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await db.$client.connect();
  let failure: unknown;
  try {
    return await (drizzle(client) as unknown as Db).transaction(fn);
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    client.release(isDatabaseUnavailable(failure) ? (failure as Error) : undefined);
  }
}

function postgresCode(error: unknown): string | undefined {
  for (
    let current = error;
    current instanceof Object;
    current = (current as { cause?: unknown }).cause
  ) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** SQLSTATEs of a connection going away: admin/crash shutdown, cannot connect now, class 08. */
const CONNECTION_LOST_CODES = new Set(['57P01', '57P02', '57P03']);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const CONNECTION_LOST_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

/**
 * True when an error (or any error it wraps) says the database cannot be reached right now,
 * as opposed to a query that is wrong: the request may simply be tried again later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let current = error, depth = 0;
    current instanceof Object && depth < 10;
    current = (current as { cause?: unknown }).cause, depth += 1
  ) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (CONNECTION_LOST_CODES.has(code) || NETWORK_CODES.has(code)) return true;
      if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    }
    if (
      typeof message === 'string' &&
      CONNECTION_LOST_MESSAGES.some((fragment) => message.includes(fragment))
    ) {
      return true;
    }
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) {
      return true;
    }
  }
  return false;
}
