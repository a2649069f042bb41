import type { AppDeps, AppInstance } from '../../app-types.ts';
import { type ChangeFeed, followChanges } from '../../cache/change-feed.ts';
import type { Database, Db } from '../../db/client.ts';
import type { SessionLiveness } from './resolve-session.ts';

/**
 * Where a write to `sessions` (a sign-in, a sign-out, a revocation, a touch) announces the
 * session's id, and a write to a session subject's row (an account) announces the subject's id,
 * by the triggers of migration 0017, whatever code or instance made it.
 */
export const SESSIONS_CHANNEL = 'kaidian_sessions';

/** How the listener is named in pg_stat_activity. */
export const SESSIONS_LISTENER_NAME = 'kaidian-sessions-listener';

// However quiet the change feed, a session is read again after this long: the bound on how long
// a revocation could go unseen if the listener were silently gone (no error seen yet).
const MAX_AGE_MS = 5_000;
const MAX_ENTRIES = 50_000;

interface Held {
  row: { session: SessionLiveness; subject: unknown };
  at: number;
}

/**
 * A session read with its subject (resolveSessionWithSubject), kept for a few seconds so that a
 * page's requests do not each ask the database again: forgotten at once when a NOTIFY names the
 * session or its subject (a revocation, a changed account), and not used at all while the
 * listener is down. This instance's own writes wait for their NOTIFY before they are answered
 * (caughtUpWith), so a sign-out here refuses the very next request.
 */
export interface SessionCache {
  get(key: string): Held['row'] | undefined;
  /** Keep a row read from the database, unless a change arrived since `generation()` was read. */
  put(key: string, row: Held['row'], seenGeneration: number): void;
  generation(): number;
  close(): Promise<void>;
}

const caches = new WeakMap<Db, SessionCache>();

/** The cache kept for this database's sessions, if one is open (an app instance opens it). */
export function sessionCacheOf(db: Db): SessionCache | undefined {
  return caches.get(db);
}

export async function openSessionCache(
  database: Database,
  log?: { warn(details: object, message: string): void },
): Promise<SessionCache> {
  const held = new Map<string, Held>();
  // Session ids and subject ids (both uuids) → the keys of the entries they are part of.
  const keysById = new Map<string, Set<string>>();
  let generation = 0;

  const index = (id: string, key: string) => {
    let keys = keysById.get(id);
    if (!keys) {
      keys = new Set();
      keysById.set(id, keys);
    }
    keys.add(key);
  };
  const drop = (key: string) => {
    const entry = held.get(key);
    if (!entry) return;
    held.delete(key);
    for (const id of [entry.row.session.id, entry.row.session.subjectId]) {
      const keys = keysById.get(id);
      keys?.delete(key);
      if (keys?.size === 0) keysById.delete(id);
    }
  };
  const forgetAll = () => {
    generation += 1;
    held.clear();
    keysById.clear();
  };
  const forget = (id: string) => {
    generation += 1;
    for (const key of [...(keysById.get(id) ?? [])]) drop(key);
  };

  const feed: ChangeFeed = await followChanges(
    database,
    {
      [SESSIONS_CHANNEL]: {
        changed: (id) => (id ? forget(id) : forgetAll()),
        // While the listener is down nothing held is used, so there is no version to compare.
        isCurrent: () => true,
        readVersion: async () => '',
        reload: async () => forgetAll(),
      },
    },
    {
      listenerName: SESSIONS_LISTENER_NAME,
      label: 'sessions cache',
      log,
      // No write path tells this cache; its own writes wait for their NOTIFY instead.
      awaitedByOwnWrites: true,
    },
  );

  const cache: SessionCache = {
    get(key) {
      const entry = held.get(key);
      if (!entry) return undefined;
      if (performance.now() - entry.at < MAX_AGE_MS && feed.isListening()) return entry.row;
      drop(key);
      return undefined;
    },
    put(key, row, seenGeneration) {
      if (seenGeneration !== generation || !feed.isListening()) return;
      drop(key);
      held.set(key, { row, at: performance.now() });
      index(row.session.id, key);
      index(row.session.subjectId, key);
      if (held.size > MAX_ENTRIES) drop(held.keys().next().value as string);
    },
    generation: () => generation,
    async close() {
      if (caches.get(database.db) === cache) caches.delete(database.db);
      await feed.close();
    },
  };
  caches.set(database.db, cache);
  return cache;
}

/** The module's part in an app instance: its sessions cache, open while the app is. */
export async function sessionCacheOfApp(app: AppInstance, deps: AppDeps): Promise<void> {
  const cache = await openSessionCache(deps.database, app.log);
  app.addHook('onClose', async () => cache.close());
}
