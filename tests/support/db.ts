import { randomBytes } from 'node:crypto';
import { connectDatabase, type Database } from '../../src/server/db/client.ts';
import { type DatabaseProxy, startDatabaseProxy } from './db-proxy.ts';
import { withClient, withDatabase } from './global-setup.ts';

export interface TestDatabase extends Database {
  url: string;
  /** With `proxied`: the cut between the app's pool and PostgreSQL, to make the database vanish. */
  proxy?: DatabaseProxy;
  /** Close the pool and drop the database. */
  drop(): Promise<void>;
}

/** A fresh, fully migrated database of this test file's own, cloned from the run's template. */
export async function createTestDatabase(
  options: { proxied?: boolean } = {},
): Promise<TestDatabase> {
  const { serverUrl, template } = await testDatabaseServer();
  const name = `kaidian_test_${randomBytes(6).toString('hex')}`;
  await cloneTemplate(serverUrl, template, name);
  const url = withDatabase(serverUrl, name);
  const proxy = options.proxied ? await startDatabaseProxy(url) : undefined;
  const database = connectDatabase(proxy?.url ?? url);
  return {
    ...database,
    url,
    ...(proxy ? { proxy } : {}),
    async drop() {
      await database.close();
      await proxy?.close();
      await withClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

/**
 * Where the run's PostgreSQL and template are: in KAIDIAN_TEST_DATABASE under Playwright (its
 * global setup sets it for the workers), else provided by vitest's global setup. vitest is only
 * imported under vitest: Playwright's runner has an `expect` of its own that clashes with it.
 */
async function testDatabaseServer(): Promise<{ serverUrl: string; template: string }> {
  const fromEnvironment = process.env.KAIDIAN_TEST_DATABASE;
  if (fromEnvironment) return JSON.parse(fromEnvironment);
  const { inject } = await import('vitest');
  return inject('testDatabase');
}

/** Two files cloning at the same instant can briefly see each other on the template: retry. */
async function cloneTemplate(serverUrl: string, template: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await withClient(serverUrl, (client) =>
        client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`),
      );
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
