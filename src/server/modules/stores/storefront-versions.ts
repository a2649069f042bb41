import type { AppDeps, AppInstance } from '../../app-types.ts';
import type { ChangeFeed } from '../../cache/change-feed.ts';
import { followChanges } from '../../cache/change-feed.ts';
import type { Database, Db } from '../../db/client.ts';
import { type StorefrontVersion, storefrontVersion } from './public-store.ts';

/**
 * Where a write to `stores` (payload: the store's id) or `store_types` (payload empty: every
 * store) is announced, by the triggers of migration 0017, whatever code or instance made it.
 */
export const STOREFRONT_CHANNEL = 'kaidian_storefronts';

/** How the listener is named in pg_stat_activity. */
export const STOREFRONT_LISTENER_NAME = 'kaidian-storefront-listener';

// A version is looked up again after this long even if no NOTIFY said so: a bound on how long a
// listener that is silently gone (no error seen yet) could leave a page stale.
const MAX_AGE_MS = 30_000;
// Every storefront a busy instance serves; past that, the longest held go first.
const MAX_ENTRIES = 20_000;

export interface StorefrontVersions {
  /** The storefront at this slug and its version (as storefrontVersion), from memory if held. */
  get(slug: string): Promise<StorefrontVersion | null>;
  close(): Promise<void>;
}

/**
 * Each storefront's version kept in memory, so that a page or a 304 for an unchanged store costs
 * no query: forgotten when a NOTIFY names the store (or its type), and not trusted at all while
 * the listener is down (every request then looks the version up, as without the cache).
 */
export async function followStorefrontVersions(
  database: Database,
  log?: { warn(details: object, message: string): void },
): Promise<StorefrontVersions> {
  const { db } = database;
  const bySlug = new Map<string, { found: StorefrontVersion; at: number }>();
  const slugById = new Map<string, string>();
  // Bumped by every change: a lookup that was under way when one arrived may have read the row
  // before it, so its answer is used once but not kept.
  let generation = 0;

  const forgetAll = () => {
    generation += 1;
    bySlug.clear();
    slugById.clear();
  };
  const forget = (storeId: string) => {
    generation += 1;
    const slug = slugById.get(storeId);
    if (slug === undefined) return;
    slugById.delete(storeId);
    bySlug.delete(slug);
  };

  const feed: ChangeFeed = await followChanges(
    database,
    {
      [STOREFRONT_CHANNEL]: {
        changed: (storeId) => (storeId ? forget(storeId) : forgetAll()),
        // While the listener is down nothing held is used, so there is no version to compare.
        isCurrent: () => true,
        readVersion: async () => '',
        reload: async () => forgetAll(),
      },
    },
    {
      listenerName: STOREFRONT_LISTENER_NAME,
      label: 'storefront versions',
      log,
      // No write path tells this cache; its own writes wait for their NOTIFY instead.
      awaitedByOwnWrites: true,
    },
  );

  return {
    async get(slug) {
      const held = bySlug.get(slug);
      const now = performance.now();
      if (held && now - held.at < MAX_AGE_MS && feed.isListening()) return held.found;
      const seen = generation;
      const found = await storefrontVersion(db, slug);
      if (held) {
        bySlug.delete(slug);
        if (slugById.get(held.found.id) === slug) slugById.delete(held.found.id);
      }
      if (found && seen === generation && feed.isListening()) {
        // A slug given up by its store (renamed) is forgotten through the store's id.
        const previous = slugById.get(found.id);
        if (previous !== undefined) bySlug.delete(previous);
        bySlug.set(slug, { found, at: now });
        slugById.set(found.id, slug);
        if (bySlug.size > MAX_ENTRIES) {
          const [oldest, entry] = bySlug.entries().next().value as [
            string,
            { found: StorefrontVersion },
          ];
          bySlug.delete(oldest);
          slugById.delete(entry.found.id);
        }
      }
      return found;
    },
    close: feed.close,
  };
}

const followers = new WeakMap<Db, StorefrontVersions>();

/**
 * The versions this app instance keeps for this database (one listener, shared by the storefront's
 * pages and the buyers' product API), or undefined before the stores module has opened them.
 */
export function storefrontVersionsOf(db: Db): StorefrontVersions | undefined {
  return followers.get(db);
}

/** The stores module's part in an app instance: the storefront versions, open while the app is. */
export async function storefrontVersionsOfApp(app: AppInstance, deps: AppDeps): Promise<void> {
  const versions = await followStorefrontVersions(deps.database, app.log);
  followers.set(deps.database.db, versions);
  app.addHook('onClose', async () => {
    followers.delete(deps.database.db);
    await versions.close();
  });
}
