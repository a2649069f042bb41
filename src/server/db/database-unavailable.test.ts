import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/db.ts';
import { connectDatabase, isDatabaseUnavailable, withTx } from './client.ts';
import { freePort } from './embedded.ts';

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

describe('telling a database that is away from a query that is wrong', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('counts a refused connection as the database being away', async () => {
    const nowhere = connectDatabase(`postgres://kaidian:x@127.0.0.1:${await freePort()}/kaidian`);
    try {
      expect(isDatabaseUnavailable(await failureOf(nowhere.db.execute(sql`SELECT 1`)))).toBe(true);
      expect(isDatabaseUnavailable(await failureOf(withTx(nowhere.db, async () => 1)))).toBe(true);
    } finally {
      await nowhere.close();
    }
  });

  it('counts a connection ended by the server (57P01) as the database being away', async () => {
    const error = await failureOf(
      withTx(database.db, (tx) => tx.execute(sql`SELECT pg_terminate_backend(pg_backend_pid())`)),
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    // The pool let go of the dead connection: the next transaction works.
    await expect(withTx(database.db, (tx) => tx.execute(sql`SELECT 1`))).resolves.toBeDefined();
  });

  it('does not count a wrong query or a broken rule', async () => {
    expect(isDatabaseUnavailable(await failureOf(database.db.execute(sql`SELEC 1`)))).toBe(false);
    const divisionByZero = await failureOf(
      database.db.execute(sql`SELECT 1 FROM (VALUES (1)) AS v(x) WHERE 1 / 0 = 1`),
    );
    expect(isDatabaseUnavailable(divisionByZero)).toBe(false);
    expect(isDatabaseUnavailable(new Error('no handler for outbox topic'))).toBe(false);
  });
});
