import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/db.ts';
import { ledgerAccounts, ledgerTransfers } from './schema.ts';

// The migration is what the database runs; schema.ts is what the code queries through. A column
// or constraint added to one and not the other fails here rather than in production.
describe('schema.ts matches migration 0004_ledger.sql', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  function declared(table: PgTable) {
    const config = getTableConfig(table);
    return {
      columns: config.columns
        .map((column) => ({
          name: column.name,
          type: column.getSQLType().replace('bigserial', 'bigint'),
          notNull: column.notNull,
          hasDefault: column.hasDefault,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      constraints: [
        ...config.checks.map((check) => check.name),
        ...config.foreignKeys.map((foreignKey) => foreignKey.getName()),
        ...config.uniqueConstraints.map((constraint) => constraint.getName()),
        ...config.columns.filter((column) => column.isUnique).map((column) => column.uniqueName),
        ...config.columns.filter((column) => column.primary).map(() => `${config.name}_pkey`),
      ].sort(),
      indexes: config.indexes.map((index) => index.config.name).sort(),
    };
  }

  async function actual(name: string) {
    const columns = await database.pool.query(
      `SELECT column_name AS name, data_type AS type, is_nullable = 'NO' AS "notNull",
              column_default IS NOT NULL AS "hasDefault"
       FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name`,
      [name],
    );
    const constraints = await database.pool.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass AND contype <> 'n'
       ORDER BY conname`,
      [name],
    );
    const indexes = await database.pool.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = $1 AND indexname NOT IN
         (SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass) ORDER BY indexname`,
      [name],
    );
    return {
      columns: columns.rows.sort((a, b) => a.name.localeCompare(b.name)),
      constraints: constraints.rows.map((row) => row.conname).sort(),
      indexes: indexes.rows.map((row) => row.indexname).sort(),
    };
  }

  it.each([ledgerAccounts, ledgerTransfers])(
    '%#: columns, constraints and indexes',
    async (table) => {
      expect(declared(table)).toEqual(await actual(getTableConfig(table).name));
    },
  );
});
