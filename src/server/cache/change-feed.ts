import { randomBytes } from 'node:crypto';
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
  /**
   * For a cache of many entries (one per store, per session): told each NOTIFY's payload (what
   * changed) instead of being asked `isCurrent`; `reload` still forgets everything.
   */
  changed?(payload: string): void;
}

export interface ChangeFeedOptions {
  /** How the listener's connection is named in pg_stat_activity. */
  listenerName: string;
  /** What the log lines name ("settings"). */
  label: string;
  /** While the listener is down, compare versions this often (and try to listen again). */
  pollIntervalMs?: number;
  /**
   * Whether this instance's own writes wait for the feed (caughtUpWith): for caches that no
   * write path tells directly, such as one entry per store kept fresh only by a trigger's NOTIFY.
   */
  awaitedByOwnWrites?: boolean;
  log?: { warn(details: object, message: string): void };
}

export interface ChangeFeed {
  close(): Promise<void>;
  /** Whether NOTIFYs reach the followers now (false while the listener is down). */
  isListening(): boolean;
  /**
   * Resolves once every change committed before the call has reached the followers (NOTIFYs
   * arrive in commit order, so a NOTIFY of our own coming back is the mark): this instance's own
   * writes are in force before it answers. While nobody listens it resolves at once; if the mark
   * does not come back in time, every follower forgets what it holds.
   */
  caughtUp(): Promise<void>;
}

/** How long caughtUp waits for its mark before having every follower forget instead. */
const CAUGHT_UP_TIMEOUT_MS = 2_000;

// The feeds this process's writes wait for, by the pool the writes go through.
const awaitedFeeds = new WeakMap<pg.Pool, Set<ChangeFeed>>();

/**
 * After a write through `pool` (a request's, a job's), resolves once every feed that asked for it
 * (`awaitedByOwnWrites`) has received the write's NOTIFYs: what this instance answers next
 * already shows the change. At once when no such feed is open.
 */
export async function caughtUpWith(pool: pg.Pool): Promise<void> {
  const feeds = awaitedFeeds.get(pool);
  if (!feeds) return;
  // Each mark is one statement on a pool connection of its own, outside any transaction.
  await Promise.all([...feeds].map((feed) => feed.caughtUp()));
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
  // Each feed's own channel for caughtUp's marks: nobody else listens to it.
  const markChannel = `kaidian_mark_${randomBytes(8).toString('hex')}`;
  const channels = [...Object.keys(followers), markChannel];
  const marks = new Map<string, () => void>();
  let nextMark = 0;
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
      // Nobody waits for a mark that cannot come: followers now stand on their own fallbacks.
      releaseMarks();
    };
    client.on('error', (error) => {
      warn(error, `${options.label} listener lost; checking the version periodically`);
      lost();
    });
    client.on('end', lost);
    client.on('notification', (message) => {
      const payload = message.payload ?? '';
      if (message.channel === markChannel) {
        marks.get(payload)?.();
        return;
      }
      const follower = followers[message.channel];
      if (!follower) return;
      if (follower.changed) follower.changed(payload);
      else if (!follower.isCurrent(payload)) reload(follower);
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

  function releaseMarks() {
    for (const release of [...marks.values()]) release();
  }

  async function caughtUp(): Promise<void> {
    if (!listening) return;
    const mark = String(nextMark++);
    const arrived = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        if (!marks.has(mark)) return;
        for (const follower of Object.values(followers)) reload(follower);
        release();
      }, CAUGHT_UP_TIMEOUT_MS);
      const release = () => {
        clearTimeout(timer);
        marks.delete(mark);
        resolve();
      };
      marks.set(mark, release);
    });
    try {
      await pool.query('SELECT pg_notify($1, $2)', [markChannel, mark]);
    } catch {
      // The database is away: the listener's loss (and the followers' fallbacks) will follow.
      marks.get(mark)?.();
    }
    await arrived;
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

  const feed: ChangeFeed = {
    async close() {
      closed = true;
      clearInterval(timer);
      awaitedFeeds.get(pool)?.delete(feed);
      listening = false;
      const client = listener;
      listener = null;
      releaseMarks();
      await client?.end().catch(() => undefined);
    },
    isListening: () => listening,
    caughtUp,
  };
  if (options.awaitedByOwnWrites) {
    let feeds = awaitedFeeds.get(pool);
    if (!feeds) {
      feeds = new Set();
      awaitedFeeds.set(pool, feeds);
    }
    feeds.add(feed);
  }
  return feed;
}

/** Tell every instance's followers of `channel`, at commit (NOTIFY is transactional). */
export async function announceChange(tx: Executor, channel: string, version = ''): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${channel}, ${version})`);
}
