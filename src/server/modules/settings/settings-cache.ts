import pg from 'pg';
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

const DEFAULT_POLL_INTERVAL_MS = 5_000;
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
 * Warm the cache and keep it current: a change NOTIFYs every instance on a dedicated connection
 * (not one of the pool's, which would hold a request slot forever); while that connection is
 * down, a periodic version check stands in for it, so no change is missed for long.
 */
export async function openSettings(
  database: Database,
  options: SettingsOptions = {},
): Promise<Settings> {
  const { db, pool } = database;
  let values = new Map<SettingKey, number>();
  let version = -1;
  let listener: pg.Client | null = null;
  let listening = false;
  let closed = false;

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

  function warn(error: unknown, message: string) {
    options.log?.warn({ error: (error as Error).message }, message);
  }

  async function listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: pool.options.connectionString,
      application_name: LISTENER_NAME,
      connectionTimeoutMillis: 5_000,
    });
    const lost = () => {
      if (listener !== client) return;
      listening = false;
      listener = null;
      client.end().catch(() => undefined);
    };
    client.on('error', (error) => {
      warn(error, 'settings listener lost; checking the version periodically');
      lost();
    });
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.channel !== SETTINGS_CHANNEL || Number(message.payload) === version) return;
      load().catch((error: unknown) => warn(error, 'could not reload settings'));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SETTINGS_CHANNEL}`);
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
    await load();
  }

  let polling = false;
  async function poll(): Promise<void> {
    // One check at a time: while the database is away each attempt waits for its timeout.
    if (listening || closed || polling) return;
    polling = true;
    try {
      if ((await readVersion(db)) !== version) await load();
      await listen();
    } catch (error) {
      warn(error, 'settings listener still down');
    } finally {
      polling = false;
    }
  }

  await load();
  await listen().catch((error: unknown) => warn(error, 'settings listener not started'));
  const timer = setInterval(() => void poll(), options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
  timer.unref();

  return {
    get: (key) => values.get(key) ?? SETTINGS[key].default,
    version: () => version,
    refresh: load,
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
