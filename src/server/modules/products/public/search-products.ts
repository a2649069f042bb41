import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { decodeCursor, encodeCursor } from '../../../http/paging.ts';
import { matchQuery } from '../../../lib/text-search.ts';
import { visibleStorefronts } from '../../stores/index.ts';
import { VISIBLE_TO_BUYERS } from '../lifecycle.ts';
import { products } from '../schema.ts';
import { cardQuery, fromMicros, type ProductPage, toCard } from './product-cards.ts';

/**
 * How many of the newest matches platform search ranks by relevance. Ranking every match costs
 * a heap visit and a ts_rank per match, so a query matching a tenth of the catalogue would grow
 * with the catalogue; ranking a window of the newest matches keeps a page's cost bounded (a first
 * phase in an index's order, then a rescoring, as search engines' rescore windows do). Matches
 * older than the window follow it, newest first.
 */
export const SEARCH_RANK_WINDOW = 500;

/**
 * How many listings, newest first, are read through to find the window's edge before the
 * full-text index is asked instead. PostgreSQL's estimate for a Chinese query multiplies the
 * frequencies of its character pairs (连衣 and 衣裙), which nearly always occur together, and so
 * takes a common query for a rare one: left to choose, it would visit every match through the
 * index. A common query fills the window within this slice; a rare one is cheap on the index.
 */
const RECENT_SLICE = 20 * SEARCH_RANK_WINDOW;

/** The window's sizes; tests make them small. */
export interface SearchWindow {
  rank: number;
  recentSlice: number;
}
const DEFAULT_WINDOW: SearchWindow = { rank: SEARCH_RANK_WINDOW, recentSlice: RECENT_SLICE };

/**
 * A search cursor: [phase, rank, published micros, id, edge micros, edge id]. In the ranked
 * phases the cursor pins the window's oldest row (its edge), so that products published meanwhile
 * neither shift the window nor make a page repeat or skip: phase 0 for a window found among the
 * newest listings (read in their index's order), 2 for one found through the full-text index.
 * Phase 1 pages through the matches older than the edge, or through everything when nothing is
 * typed, newest first.
 */
const SEARCH_CURSOR = ['integer', 'number', 'number', 'uuid', 'number', 'uuid'] as const;
const RANKED_RECENT = 0;
const OLDER = 1;
const RANKED_INDEXED = 2;
const NO_ID = '00000000-0000-0000-0000-000000000000';

interface Edge {
  micros: number;
  id: string;
}

const micros = (column: AnyPgColumn) =>
  sql<number>`(extract(epoch from ${column}) * 1000000)::bigint`;
const publishedMicros = micros(products.publishedAt);
const newestFirst = [desc(products.publishedAt), desc(products.id)];
const atOrAfter = (edge: Edge) =>
  sql`(${products.publishedAt}, ${products.id}) >= (${fromMicros(edge.micros)}, ${edge.id}::uuid)`;
const olderThan = (edge: Edge) =>
  sql`(${products.publishedAt}, ${products.id}) < (${fromMicros(edge.micros)}, ${edge.id}::uuid)`;

/**
 * Platform search (SPEC §6 `/search?q=`): published products of visible stores, optionally in
 * one store; the newest SEARCH_RANK_WINDOW matches best match first (then newest), then the
 * older matches newest first; everything newest first when nothing is typed.
 */
export async function searchProducts(
  db: Executor,
  input: { q?: string; storeSlug?: string; cursor?: string; limit: number },
  window: SearchWindow = DEFAULT_WINDOW,
): Promise<ProductPage> {
  const text = input.q?.trim();
  const query = text ? matchQuery(text) : undefined;
  // Only punctuation typed: nothing can match.
  if (query === null) return { items: [], nextCursor: null };
  const cursor = input.cursor ? decodeCursor(input.cursor, SEARCH_CURSOR) : null;
  if (cursor && ![RANKED_RECENT, OLDER, RANKED_INDEXED].includes(cursor[0]))
    throw new AppError('http.bad_cursor');
  const search = new Search(db, query, input.storeSlug, window.recentSlice);
  const take = input.limit + 1;
  type Row = Awaited<ReturnType<Search['older']>>[number];
  const toPage = (rows: Row[], nextCursor: (last: Row) => (string | number)[]): ProductPage => {
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return {
      items: page.map(toCard),
      nextCursor: rows.length > input.limit && last ? encodeCursor(nextCursor(last)) : null,
    };
  };
  const olderCursor = (last: Row) => [OLDER, 0, Number(last.sortKey), last.id, 0, NO_ID];

  if (query === undefined || cursor?.[0] === OLDER) {
    const after = cursor ? { micros: cursor[2], id: cursor[3] } : null;
    return toPage(await search.older(after, take), olderCursor);
  }
  let phase: number;
  let edge: Edge | null;
  if (cursor) {
    phase = cursor[0];
    edge = cursor[4] !== 0 ? { micros: cursor[4], id: cursor[5] } : null;
  } else {
    edge = await search.edgeAmongRecent(window.rank);
    phase = edge ? RANKED_RECENT : RANKED_INDEXED;
    // No edge among the newest listings: ask the index (none there either means that the
    // window holds every match).
    edge ??= await search.edgeThroughIndex(window.rank);
  }
  const ranked = await search.ranked(edge, phase === RANKED_RECENT, cursor, take);
  const rows =
    ranked.length < take && edge
      ? [...ranked, ...(await search.older(edge, take - ranked.length))]
      : ranked;
  const pinned = edge ?? { micros: 0, id: NO_ID };
  return toPage(rows, (last) =>
    ranked.includes(last)
      ? [phase, Number(last.rank), Number(last.sortKey), last.id, pinned.micros, pinned.id]
      : olderCursor(last),
  );
}

/** The queries of one search: what was typed, in which store. */
class Search {
  private readonly rank: SQL<number>;
  constructor(
    private readonly db: Executor,
    private readonly query: string | undefined,
    private readonly storeSlug: string | undefined,
    private readonly recentSlice: number,
  ) {
    this.rank = query
      ? sql<number>`ts_rank(${products.searchVector}, to_tsquery('simple', ${query}))`
      : sql<number>`0::real`;
  }

  private matches(vector: AnyPgColumn | SQL) {
    return this.query ? sql`${vector} @@ to_tsquery('simple', ${this.query})` : undefined;
  }

  private cards(...conditions: (SQL | undefined)[]) {
    const { store, query } = cardQuery(this.db, { rank: this.rank, sortKey: publishedMicros });
    return query.where(
      and(
        inArray(products.status, [...VISIBLE_TO_BUYERS]),
        this.storeSlug ? eq(store.slug, this.storeSlug) : undefined,
        ...conditions,
      ),
    );
  }

  /** Matches older than the edge (all of them without one), newest first. */
  older(edge: Edge | null, count: number) {
    return this.cards(this.matches(products.searchVector), edge ? olderThan(edge) : undefined)
      .orderBy(...newestFirst)
      .limit(count);
  }

  /** The window's edge, the n-th newest match, looked for among the newest listings only. */
  async edgeAmongRecent(n: number): Promise<Edge | null> {
    const recent = this.db
      .select({
        id: products.id,
        storeId: products.storeId,
        publishedAt: products.publishedAt,
        searchVector: products.searchVector,
      })
      .from(products)
      .where(inArray(products.status, [...VISIBLE_TO_BUYERS]))
      .orderBy(...newestFirst)
      .limit(this.recentSlice)
      .as('recent_listings');
    const store = visibleStorefronts(this.db);
    const [edge] = await this.db
      .select({ micros: micros(recent.publishedAt), id: recent.id })
      .from(recent)
      .innerJoin(store, eq(store.id, recent.storeId))
      .where(
        and(
          this.storeSlug ? eq(store.slug, this.storeSlug) : undefined,
          this.matches(recent.searchVector),
        ),
      )
      .orderBy(desc(recent.publishedAt), desc(recent.id))
      .offset(n - 1)
      .limit(1);
    return edge ? { micros: Number(edge.micros), id: edge.id } : null;
  }

  /** The window's edge through the full-text index: for queries whose matches are few. */
  async edgeThroughIndex(n: number): Promise<Edge | null> {
    const store = visibleStorefronts(this.db);
    const [edge] = await this.db
      .select({ micros: publishedMicros, id: products.id })
      .from(products)
      .innerJoin(store, eq(store.id, products.storeId))
      .where(
        and(
          inArray(products.status, [...VISIBLE_TO_BUYERS]),
          this.storeSlug ? eq(store.slug, this.storeSlug) : undefined,
          this.matches(products.searchVector),
        ),
      )
      .orderBy(...newestFirst)
      .offset(n - 1)
      .limit(1);
    return edge ? { micros: Number(edge.micros), id: edge.id } : null;
  }

  /**
   * The window (matches at or after the edge; every match without one), best match first, after
   * the cursor's row. A window found among the newest listings is read in their index's order:
   * the match is tested with `IS TRUE`, which no index serves, so the planner cannot take the
   * full-text index's underestimate (see RECENT_SLICE) and visit every match.
   */
  ranked(
    edge: Edge | null,
    amongRecent: boolean,
    cursor: readonly [number, number, number, string, number, string] | null,
    count: number,
  ) {
    const match = this.matches(products.searchVector);
    return this.cards(
      amongRecent ? sql`(${match}) IS TRUE` : match,
      edge ? atOrAfter(edge) : undefined,
      cursor
        ? sql`(${this.rank}, ${products.publishedAt}, ${products.id}) < (${cursor[1]}::real, ${fromMicros(cursor[2])}, ${cursor[3]}::uuid)`
        : undefined,
    )
      .orderBy(sql`${this.rank} DESC`, ...newestFirst)
      .limit(count);
  }
}
