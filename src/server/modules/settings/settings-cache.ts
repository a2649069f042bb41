import { followChanges } from '../../cache/change-feed.ts';
import type { Database, Executor } from '../../db/client.ts';
import {
  acceptedValue,
  isSettingKey,
  SETTINGS,
  type SettingKey,
  type SettingsReader,
} from './registry.ts';
import { SETTINGS_CHANNEL, settings, settingsVersion } from './schema.ts';

/** The settings of one app instance: read from memory, kept in step with the database. */
export interface Settings extends SettingsReader {
  /** The version the cached values were read at. */
  version(): number;
  /** Read the values again now (after a change this instance made, before answering). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

export interface SettingsOptions {
  /** While the listener is down, compare versions this often (and try to listen again). */
  pollIntervalMs?: number;
  log?: { warn(details: object, message: string): void };
}

/** How the listener's connection is named in pg_stat_activity. */
export const LISTENER_NAME = 'kaidian-settings-listener';

/** The overrides in the database, as the cache holds them (a value out of range is ignored). */
export async function readOverrides(db: Executor): Promise<Map<SettingKey, number>> {
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings);
  const values = new Map<SettingKey, number>();
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue;
    const value = acceptedValue(row.key, row.value);
    if (value !== null) values.set(row.key, value);
  }
  return values;
}

async function readVersion(db: Executor): Promise<number> {
  const [row] = await db.select({ version: settingsVersion.version }).from(settingsVersion);
  return row?.version ?? 0;
}

/**
 * Warm the cache and keep it current through the shared change feed (cache/change-feed.ts): a
 * change NOTIFYs every instance with the new version; while the listener is down, a periodic
 * version check stands in for it.
 */
export async function openSettings(
  database: Database,
  options: SettingsOptions = {},
): Promise<Settings> {
  const { db } = database;
  let values = new Map<SettingKey, number>();
  let version = -1;

  async function load(): Promise<void> {
    // Version first: a change landing in between leaves the values newer than the version, and
    // the next notification or check reads them again; never the other way round.
    const nextVersion = await readVersion(db);
    const overrides = await readOverrides(db);
    // An older read finishing after a newer one must not undo it.
    if (nextVersion < version) return;
    values = overrides;
    version = nextVersion;
  }

  await load();
  const feed = await followChanges(
    database,
    {
      [SETTINGS_CHANNEL]: {
        isCurrent: (seen) => Number(seen) === version,
        readVersion: async () => String(await readVersion(db)),
        reload: load,
      },
    },
    {
      listenerName: LISTENER_NAME,
      label: 'settings',
      pollIntervalMs: options.pollIntervalMs,
      log: options.log,
    },
  );

  return {
    get: (key) => values.get(key) ?? SETTINGS[key].default,
    version: () => version,
    refresh: load,
    close: feed.close,
  };
}
