import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';

/** Rows per statement: far more than a bulk write needs at once, little enough to keep it small. */
const ROWS_PER_STATEMENT = 5_000;
/** A serial column's type names its default, not a type an array can be cast to. */
const ARRAY_TYPE: Record<string, string> = {
  serial: 'integer',
  smallserial: 'smallint',
  bigserial: 'bigint',
};

export interface InsertUnnestOptions<T extends PgTable, R extends string> {
  /**
   * A column given as text and turned into its value in SQL, e.g. the search vector:
   * `{ searchVector: (text) => sql\`to_tsvector('simple', ${text})\` }`.
   */
  expressions?: { [K in keyof T['$inferInsert']]?: (text: SQL) => SQL };
  onConflictDoNothing?: boolean;
  /** Columns (by their key in the table) to answer for each inserted row. */
  returning?: readonly R[];
}

/**
 * Many rows in one statement with one parameter per column:
 * `INSERT INTO t (a, b) SELECT * FROM unnest($1::text[], $2::int[])`. drizzle's multi-row
 * `.values()` takes one parameter per cell and builds an object for each (a thousand rows of
 * eight columns: 8,000 parameters and a statement of as many placeholders), which a bulk
 * writer such as the CSV import pays for in time and memory on every chunk; here a column is one
 * array, sent as one text value. Every row gives the same columns (those of the first row; a
 * column left out takes its default); values go through the column's own mapping (jsonb,
 * timestamps) as drizzle would send them.
 */
export async function insertUnnest<
  T extends PgTable,
  R extends keyof T['$inferSelect'] & string = never,
>(
  tx: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
  options: InsertUnnestOptions<T, R> = {},
): Promise<Pick<T['$inferSelect'], R>[]> {
  const [first] = rows;
  if (!first) return [];
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(first);
  const expressions = (options.expressions ?? {}) as Record<string, (text: SQL) => SQL>;
  const targets = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`insertUnnest: ${getTableName(table)} has no column ${key}`);
    const expression = expressions[key];
    const type = expression ? 'text' : column.getSQLType();
    return { key, column, type: ARRAY_TYPE[type] ?? type, expression };
  });
  const returning = (options.returning ?? []).map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`insertUnnest: ${getTableName(table)} has no column ${key}`);
    return { key, column };
  });

  const inserted: Pick<T['$inferSelect'], R>[] = [];
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
    const slice = rows.slice(at, at + ROWS_PER_STATEMENT);
    const arrays = targets.map(({ key, column, expression }) =>
      slice.map((row) => {
        const value = (row as Record<string, unknown>)[key];
        if (value === null || value === undefined) return null;
        return expression ? value : column.mapToDriverValue(value);
      }),
    );
    const statement = sql.join(
      [
        sql`INSERT INTO ${table} (${sql.join(
          targets.map(({ column }) => sql.identifier(column.name)),
          sql`, `,
        )})`,
        sql`SELECT ${sql.join(
          targets.map(({ expression }, index) => {
            const value = sql.raw(`u.c${index}`);
            return expression ? expression(value) : value;
          }),
          sql`, `,
        )}`,
        sql`FROM unnest(${sql.join(
          targets.map(({ type }, index) => sql`${sql.param(arrays[index])}::${sql.raw(type)}[]`),
          sql`, `,
        )}) AS u (${sql.raw(targets.map((_, index) => `c${index}`).join(', '))})`,
        options.onConflictDoNothing ? sql`ON CONFLICT DO NOTHING` : undefined,
        returning.length > 0
          ? sql`RETURNING ${sql.join(
              returning.map(
                ({ key, column }) => sql`${sql.identifier(column.name)} AS ${sql.identifier(key)}`,
              ),
              sql`, `,
            )}`
          : undefined,
      ].filter((part): part is SQL => part !== undefined),
      sql` `,
    );
    const result = await tx.execute<Record<string, unknown>>(statement);
    for (const row of result.rows) {
      const mapped: Record<string, unknown> = {};
      for (const { key, column } of returning) {
        const value = row[key];
        mapped[key] =
          value === null || value === undefined ? value : column.mapFromDriverValue(value);
      }
      inserted.push(mapped as Pick<T['$inferSelect'], R>);
    }
  }
  return inserted;
}
