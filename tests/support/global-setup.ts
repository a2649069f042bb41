import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import {
  type EmbeddedDatabase,
  startEmbeddedPostgres,
  tmpDataDir,
} from '../../src/server/db/embedded.ts';
import { migrate } from '../../src/server/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { serverUrl: string; template: string };
  }
}

export interface TestDatabaseServer {
  serverUrl: string;
  template: string;
  /** Drop the template and stop the embedded server. */
  stop(): Promise<void>;
}

/**
 * Once per test run: a PostgreSQL server (embedded in a temporary directory, or the one named by
 * TEST_DATABASE_URL) and a template database migrated once. Each test file clones the template
 * (CREATE DATABASE … TEMPLATE), which takes milliseconds instead of a migration run. Shared by
 * vitest's global setup (below) and Playwright's (tests/browser/global-setup.ts).
 */
export async function startTestDatabaseServer(): Promise<TestDatabaseServer> {
  const dataDir = tmpDataDir();
  const embedded: EmbeddedDatabase | null = process.env.TEST_DATABASE_URL
    ? null
    : await startEmbeddedPostgres(dataDir, () => undefined, { fast: true });
  const serverUrl = process.env.TEST_DATABASE_URL ?? (embedded as EmbeddedDatabase).url;

  const template = `kaidian_template_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${template}`));
  const pool = new pg.Pool({ connectionString: withDatabase(serverUrl, template), max: 1 });
  await migrate(pool);
  await pool.end();

  return {
    serverUrl,
    template,
    async stop() {
      await withClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`),
      ).catch(() => undefined);
      await embedded?.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const { serverUrl, template, stop } = await startTestDatabaseServer();
  project.provide('testDatabase', { serverUrl, template });
  return stop;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function withClient<T>(
  url: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
