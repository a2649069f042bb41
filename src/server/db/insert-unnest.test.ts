import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  customType,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/db.ts';
import { insertUnnest } from './insert-unnest.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const items = pgTable('unnest_items', {
  serial: bigserial('serial', { mode: 'number' }).primaryKey(),
  id: uuid('id').notNull().defaultRandom(),
  name: text('name').notNull(),
  note: text('note'),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  tags: jsonb('tags').$type<{ code: string; value: string }[]>().notNull().default([]),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  words: tsvector('words').notNull().default(''),
});

describe('insertUnnest', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.pool.query(`CREATE TABLE unnest_items (
      serial bigserial PRIMARY KEY, id uuid NOT NULL DEFAULT gen_random_uuid(),
      name text NOT NULL UNIQUE, note text, amount bigint NOT NULL,
      tags jsonb NOT NULL DEFAULT '[]', at timestamptz NOT NULL DEFAULT now(),
      words tsvector NOT NULL DEFAULT '')`);
  });
  afterAll(() => database.drop());

  it('writes what drizzle would write, quotes, NULLs, jsonb and timestamps included, and answers the columns asked for', async () => {
    const at = new Date('2026-06-01T08:00:00.000Z');
    const awkward = 'a "quoted", {braced} \\ back\\slashed, 中文, NULL';
    const rows = [
      {
        name: awkward,
        note: null,
        amount: 9_007_199_254,
        tags: [{ code: 'material', value: '棉 "Cotton"' }],
        at,
        words: '连衣 衣裙 dress',
      },
      { name: 'plain', note: 'NULL', amount: 1, tags: [], at, words: '' },
    ];
    const inserted = await insertUnnest(database.db, items, rows, {
      expressions: { words: (value) => sql`to_tsvector('simple', ${value})` },
      returning: ['id', 'name', 'at'],
    });
    expect(inserted).toEqual([
      { id: expect.any(String), name: awkward, at },
      { id: expect.any(String), name: 'plain', at },
    ]);
    const { rows: stored } = await database.pool.query(
      'SELECT name, note, amount, tags, at, words::text FROM unnest_items ORDER BY serial',
    );
    expect(stored).toEqual([
      {
        name: awkward,
        note: null,
        amount: 9_007_199_254,
        tags: [{ code: 'material', value: '棉 "Cotton"' }],
        at,
        words: "'dress':3 '衣裙':2 '连衣':1",
      },
      { name: 'plain', note: 'NULL', amount: 1, tags: [], at, words: '' },
    ]);
  });

  it('skips rows that conflict when asked to, and writes nothing for no rows', async () => {
    const inserted = await insertUnnest(
      database.db,
      items,
      [
        { name: 'plain', amount: 2 },
        { name: 'new', amount: 3 },
      ],
      { onConflictDoNothing: true, returning: ['name'] },
    );
    expect(inserted).toEqual([{ name: 'new' }]);
    expect(await insertUnnest(database.db, items, [])).toEqual([]);
  });
});
