import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/db.ts';
import { indexText, matchQuery } from './text-search.ts';

const lexemesOf = (text: string) => new Set(text.split(' ').filter(Boolean));

/** Does a query find this text, the way a product search does it: in memory, term by term. */
function matchesInMemory(text: string, q: string): boolean {
  const query = matchQuery(q);
  if (query === null) return false;
  const lexemes = [...lexemesOf(indexText([text]))];
  return query
    .split(' & ')
    .every((term) =>
      term.endsWith(':*')
        ? lexemes.some((lexeme) => lexeme.startsWith(term.slice(0, -2)))
        : lexemes.includes(term),
    );
}

const words = [
  fc.constantFrom('连衣裙', '夏季', '新款', '手机', '壳', '女', 'T恤', '纯棉', '東京タワー'),
  fc.constantFrom('dress', 'Summer', 'iPhone15', 'café', 'ＦＵＬＬ', '3.5kg', "women's"),
  fc.constantFrom(' ', '  ', '、', '，', '-', '/', "'", '"', ':', '*', '&', '|', '!', '(', ')'),
  fc.constantFrom('\0', '\\', '<->', ':*', "'':*", 'a:b', '!!', '\u3000', '\t'),
];
/** Text a seller or buyer might type: Chinese, Latin, digits, punctuation and tsquery syntax. */
const written = fc.array(fc.oneof(...words), { maxLength: 12 }).map((parts) => parts.join(''));
/** The same with any characters at all mixed in. */
const typed = fc
  .array(
    fc.oneof(...words, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('indexText and matchQuery', () => {
  it.each([
    ['夏季新款连衣裙女', '连衣裙'],
    ['夏季新款连衣裙女', '新款连衣裙'],
    ['夏季新款连衣裙女', '女'],
    ['华为 Mate 60 手机壳 防摔', '手机'],
    ['华为 Mate 60 手机壳 防摔', 'mate 手机壳'],
    ["Women's Summer Dress", 'summer dress'],
    ["Women's Summer Dress", 'DRE'],
    ['ＦＵＬＬ-width Ｔ恤', 'full t恤'],
  ])('%s is found by %s', (title, q) => {
    expect(matchesInMemory(title, q)).toBe(true);
  });

  it.each([
    ['夏季新款连衣裙女', '裙子'],
    ['夏季新款连衣裙女', '连裙'],
    ['华为手机壳', '手表'],
    ["Women's Summer Dress", 'winter'],
  ])('%s is not found by %s', (title, q) => {
    expect(matchesInMemory(title, q)).toBe(false);
  });

  it('a query of only punctuation, spaces or tsquery syntax asks for nothing', () => {
    for (const q of ['', '   ', '\'"', ':*', '&|!()', '\0', '<->', '、，。']) {
      expect(matchQuery(q)).toBeNull();
    }
  });

  it('every term is a bare word of letters and digits, with at most a prefix mark', () => {
    fc.assert(
      fc.property(typed, (q) => {
        const query = matchQuery(q);
        if (query === null) return;
        for (const term of query.split(' & ')) expect(term).toMatch(/^[\p{L}\p{M}\p{N}]+(:\*)?$/u);
      }),
    );
  });

  it('a title is found by any of its own Chinese substrings and its own words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'夏季新款连衣裙女手机壳纯棉短袖'), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.nat(),
        fc.nat(),
        (characters, start, length) => {
          const title = characters.join('');
          const from = start % characters.length;
          const q = characters
            .slice(from, from + 1 + (length % (characters.length - from)))
            .join('');
          expect(matchesInMemory(`${title} Summer Dress`, q)).toBe(true);
          expect(matchesInMemory(`${title} Summer Dress`, `${q} dress`)).toBe(true);
        },
      ),
    );
  });
});

describe('text search in PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const titles = [
    '夏季新款连衣裙女',
    '华为 Mate 60 手机壳 防摔',
    '手表 智能 运动',
    "Women's Summer Dress",
    '纯棉T恤男 短袖',
  ];

  async function search(q: string): Promise<string[]> {
    const { rows } = await database.pool.query<{ title: string }>(
      `SELECT title FROM unnest($1::text[], $2::text[]) AS product(title, words)
        WHERE to_tsvector('simple', words) @@ to_tsquery('simple', $3)
        ORDER BY ts_rank(to_tsvector('simple', words), to_tsquery('simple', $3)) DESC, title`,
      [titles, titles.map((title) => indexText([title])), matchQuery(q) ?? ''],
    );
    return rows.map((row) => row.title);
  }

  it('finds Chinese titles by a word inside them and by two characters, and English by words', async () => {
    expect(await search('连衣裙')).toEqual(['夏季新款连衣裙女']);
    expect(await search('手机')).toEqual(['华为 Mate 60 手机壳 防摔']);
    expect(await search('手')).toEqual(['华为 Mate 60 手机壳 防摔', '手表 智能 运动']);
    expect(await search('summer dress')).toEqual(["Women's Summer Dress"]);
    expect(await search('t恤')).toEqual(['纯棉T恤男 短袖']);
    expect(await search('MATE 60')).toEqual(['华为 Mate 60 手机壳 防摔']);
    expect(await search('连衣裙 winter')).toEqual([]);
  });

  async function lexemesInPostgres(text: string): Promise<Set<string>> {
    const { rows } = await database.pool.query<{ lexemes: string[] }>(
      `SELECT tsvector_to_array(to_tsvector('simple', $1)) AS lexemes`,
      [text],
    );
    return new Set(rows[0]?.lexemes);
  }

  it('keeps every indexed token as one lexeme, so the index holds what indexText says', async () => {
    await fc.assert(
      fc.asyncProperty(written, async (text) => {
        const words = indexText([text]);
        expect(await lexemesInPostgres(words)).toEqual(lexemesOf(words));
      }),
      { numRuns: 200 },
    );
  });

  it('indexes any text and runs any typed query without an error', async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (q) => {
        await lexemesInPostgres(indexText([q]));
        const query = matchQuery(q);
        if (query === null) return;
        await database.pool.query(`SELECT to_tsquery('simple', $1)`, [query]);
      }),
      { numRuns: 200 },
    );
  });
});
