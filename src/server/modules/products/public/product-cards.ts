import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { decodeCursor, encodeCursor } from '../../../http/paging.ts';
import { matchQuery } from '../../../lib/text-search.ts';
import { visibleStorefronts } from '../../stores/index.ts';
import { productImageUrl } from '../../uploads/index.ts';
import { VISIBLE_TO_BUYERS } from '../lifecycle.ts';
import { productImages, products } from '../schema.ts';

export const BUYER_PRODUCT_SORTS = ['newest', 'price_asc', 'price_desc', 'sales'] as const;
export type BuyerProductSort = (typeof BUYER_PRODUCT_SORTS)[number];

/** At most this many products a page (SPEC: limit ≤ 60). */
export const MAX_PRODUCT_PAGE = 60;

/** A product as a grid or a search result shows it. */
export interface ProductCard {
  id: string;
  title: string;
  storeSlug: string;
  /** The lowest unit price (SPEC §6: a product's list price). */
  price: { amount: number; currency: string };
  /** The main image in the grid's size; null for a product without images. */
  imageUrl: string | null;
  minOrderQuantity: number;
}

export interface ProductPage {
  items: ProductCard[];
  /** Hand back as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}

// created_at in whole microseconds: the cursor keeps PostgreSQL's precision (paging.ts).
const createdMicros = sql<number>`(extract(epoch from ${products.createdAt}) * 1000000)::bigint`;
export const fromMicros = (micros: number) =>
  sql`(timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond')`;

const mainImage = sql<
  string | null
>`(SELECT ${productImages.uploadId} FROM ${productImages} WHERE ${productImages.productId} = ${products.id} AND ${productImages.position} = 0)`;

interface Order {
  orderBy: SQL[];
  /** The sort value put in the cursor, beside the id. */
  key: SQL<number>;
  /** Rows after the cursor's (value, id). */
  after: (value: number, id: string) => SQL;
}

const ORDERS: Record<BuyerProductSort, Order> = {
  newest: {
    orderBy: [desc(products.createdAt), desc(products.id)],
    key: createdMicros,
    after: (value, id) =>
      sql`(${products.createdAt}, ${products.id}) < (${fromMicros(value)}, ${id}::uuid)`,
  },
  price_asc: {
    orderBy: [sql`${products.listPriceAmount} ASC`, sql`${products.id} ASC`],
    key: sql<number>`${products.listPriceAmount}`,
    after: (value, id) =>
      sql`(${products.listPriceAmount}, ${products.id}) > (${value}, ${id}::uuid)`,
  },
  price_desc: {
    orderBy: [desc(products.listPriceAmount), desc(products.id)],
    key: sql<number>`${products.listPriceAmount}`,
    after: (value, id) =>
      sql`(${products.listPriceAmount}, ${products.id}) < (${value}, ${id}::uuid)`,
  },
  sales: {
    orderBy: [desc(products.salesCount), desc(products.id)],
    key: sql<number>`${products.salesCount}`,
    after: (value, id) => sql`(${products.salesCount}, ${products.id}) < (${value}, ${id}::uuid)`,
  },
};

/** The cards' columns, with the sort values a cursor is made of. */
export function cardQuery(db: Executor, keys: { sortKey: SQL<number>; rank: SQL<number> }) {
  const store = visibleStorefronts(db);
  return {
    store,
    query: db
      .select({
        id: products.id,
        title: products.title,
        storeSlug: store.slug,
        amount: products.listPriceAmount,
        currency: products.currency,
        minOrderQuantity: products.minOrderQuantity,
        mainImage,
        sortKey: keys.sortKey,
        rank: keys.rank,
      })
      .from(products)
      .innerJoin(store, eq(store.id, products.storeId)),
  };
}

export const toCard = (row: {
  id: string;
  title: string;
  storeSlug: string;
  amount: number;
  currency: string;
  minOrderQuantity: number;
  mainImage: string | null;
}): ProductCard => ({
  id: row.id,
  title: row.title,
  storeSlug: row.storeSlug,
  price: { amount: row.amount, currency: row.currency },
  imageUrl: row.mainImage ? productImageUrl(row.mainImage, 'grid') : null,
  minOrderQuantity: row.minOrderQuantity,
});

/**
 * What a buyer typed, as a tsquery condition: undefined for nothing typed (no condition), false
 * for text with nothing searchable in it (only punctuation: nothing matches).
 */
export function searchCondition(q: string | undefined): SQL | undefined | false {
  const text = q?.trim();
  if (!text) return undefined;
  const query = matchQuery(text);
  if (query === null) return false;
  return sql`${products.searchVector} @@ to_tsquery('simple', ${query})`;
}

/**
 * A store's products as its storefront lists them: published, in a visible store, sorted, with
 * an optional search within the store, a page at a time (keyset: no duplicates or gaps while
 * paging, at any depth at the cost of one index range).
 */
export async function listStoreProducts(
  db: Executor,
  input: { slug: string; q?: string; sort: BuyerProductSort; cursor?: string; limit: number },
): Promise<ProductPage> {
  const order = ORDERS[input.sort];
  const after = input.cursor ? decodeCursor(input.cursor, ['number', 'uuid'] as const) : null;
  const search = searchCondition(input.q);
  if (search === false) return { items: [], nextCursor: null };
  const { store, query } = cardQuery(db, { sortKey: order.key, rank: sql<number>`0::real` });
  const rows = await query
    .where(
      and(
        eq(store.slug, input.slug),
        inArray(products.status, [...VISIBLE_TO_BUYERS]),
        search,
        after ? order.after(after[0], after[1]) : undefined,
      ),
    )
    .orderBy(...order.orderBy)
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toCard),
    nextCursor:
      rows.length > input.limit && last ? encodeCursor([Number(last.sortKey), last.id]) : null,
  };
}
