import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database, Executor } from '../db/client.ts';

/**
 * What one instance keeps in memory of some tables (settings, store types, …), and how it learns
 * that they changed: a NOTIFY on `channel`, or — while the listener is down — a different
 * version when checked.
 */
export interface ChangeFollower {
  /** Whether the cache already holds this version (a NOTIFY payload, or `readVersion`'s). */
  isCurrent(version: string): boolean;
  /** The version in the database now: the fallback check while nobody is listening. */
  readVersion(): Promise<string>;
  /** Read again (or forget, to read on next use): something changed, or may have. */
  reload(): Promise<void>;
}

export interface ChangeFeedOptions {
  /** How the listener's connection is named in pg_stat_activity. */
  listenerName: string;
  /** What the log lines name ("settings"). */
  label: string;
  /** While the listener is down, compare versions this often (and try to listen again). */
  pollIntervalMs?: number;
  log?: { warn(details: object, message: string): void };
}

export interface ChangeFeed {
  close(): Promise<void>;
}

const DEFAULT_POLL_INTERVAL_MS = 5_000;

/**
 * Keep caches current: a change NOTIFYs every instance on a dedicated connection (not one of the
 * pool's, which would hold a request slot forever); while that connection is down, a periodic
 * version check stands in for it, so no change is missed for long. One connection serves every
 * channel given.
 */
export async function followChanges(
  database: Database,
  followers: Record<string, ChangeFollower>,
  options: ChangeFeedOptions,
): Promise<ChangeFeed> {
  const { pool } = database;
  const channels = Object.keys(followers);
  let listener: pg.Client | null = null;
  let listening = false;
  let closed = false;

  function warn(error: unknown, message: string) {
    options.log?.warn({ error: (error as Error).message }, message);
  }

  function reload(follower: ChangeFollower) {
    follower.reload().catch((error: unknown) => warn(error, `could not reload ${options.label}`));
  }

  async function listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: pool.options.connectionString,
      application_name: options.listenerName,
      connectionTimeoutMillis: 5_000,
    });
    const lost = () => {
      if (listener !== client) return;
      listening = false;
      listener = null;
      client.end().catch(() => undefined);
    };
    client.on('error', (error) => {
      warn(error, `${options.label} listener lost; checking the version periodically`);
      lost();
    });
    client.on('end', lost);
    client.on('notification', (message) => {
      const follower = followers[message.channel];
      if (!follower || follower.isCurrent(message.payload ?? '')) return;
      reload(follower);
    });
    try {
      await client.connect();
      for (const channel of channels) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await client.end();
      return;
    }
    listener = client;
    listening = true;
    // Whatever changed while nobody was listening.
    await Promise.all(Object.values(followers).map((follower) => follower.reload()));
  }

  let polling = false;
  async function poll(): Promise<void> {
    // One check at a time: while the database is away each attempt waits for its timeout.
    if (listening || closed || polling) return;
    polling = true;
    try {
      for (const follower of Object.values(followers)) {
        if (!follower.isCurrent(await follower.readVersion())) await follower.reload();
      }
      await listen();
    } catch (error) {
      warn(error, `${options.label} listener still down`);
    } finally {
      polling = false;
    }
  }

  await listen().catch((error: unknown) => warn(error, `${options.label} listener not started`));
  const timer = setInterval(() => void poll(), options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
  timer.unref();

  return {
    async close() {
      closed = true;
      clearInterval(timer);
      listening = false;
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
    },
  };
}

/** Tell every instance's followers of `channel`, at commit (NOTIFY is transactional). */
export async function announceChange(tx: Executor, channel: string, version = ''): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${channel}, ${version})`);
}
