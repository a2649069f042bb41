import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/db.ts';
import { withTx } from './client.ts';

describe('withTx', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.pool.query('CREATE TABLE counters (id int PRIMARY KEY, value int NOT NULL)');
    await database.pool.query('INSERT INTO counters VALUES (1, 0), (2, 0)');
  });
  afterAll(() => database.drop());

  it('reruns a transaction that PostgreSQL aborted to break a deadlock, so both callers succeed', async () => {
    let arrived = 0;
    let release: () => void = () => undefined;
    const bothHoldTheirFirstRow = new Promise<void>((resolve) => {
      release = resolve;
    });
    let attempts = 0;
    // Two transactions take the same two rows in opposite order: a textbook deadlock.
    const bump = (first: number, second: number) =>
      withTx(database.db, async (tx) => {
        attempts += 1;
        await tx.execute(sql`UPDATE counters SET value = value + 1 WHERE id = ${first}`);
        if (arrived < 2) {
          arrived += 1;
          if (arrived === 2) release();
          await bothHoldTheirFirstRow;
        }
        await tx.execute(sql`UPDATE counters SET value = value + 1 WHERE id = ${second}`);
      });

    await Promise.all([bump(1, 2), bump(2, 1)]);
    expect(attempts).toBe(3);
    const { rows } = await database.pool.query('SELECT value FROM counters ORDER BY id');
    expect(rows).toEqual([{ value: 2 }, { value: 2 }]);
  });

  it('does not rerun a transaction that failed for any other reason', async () => {
    let attempts = 0;
    await expect(
      withTx(database.db, async (tx) => {
        attempts += 1;
        await tx.execute(sql`INSERT INTO counters VALUES (1, 0)`);
      }),
    ).rejects.toThrow();
    expect(attempts).toBe(1);
  });
});
