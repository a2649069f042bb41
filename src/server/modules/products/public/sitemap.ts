import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { visibleStorefronts } from '../../stores/index.ts';
import { VISIBLE_TO_BUYERS } from '../lifecycle.ts';
import { products } from '../schema.ts';

/** Products per sitemap file: the protocol allows 50,000; smaller files are quicker to make. */
export const SITEMAP_PAGE_SIZE = 10_000;

/** The storefronts a sitemap lists. */
export async function sitemapStores(db: Executor): Promise<{ slug: string }[]> {
  const store = visibleStorefronts(db);
  return db.select({ slug: store.slug }).from(store).orderBy(asc(store.slug));
}

/**
 * The first product id of each sitemap file, in id order: one pass over the published
 * products' ids, so the index names every file without counting them again per file.
 */
export async function sitemapProductPages(
  db: Executor,
  pageSize = SITEMAP_PAGE_SIZE,
): Promise<string[]> {
  const store = visibleStorefronts(db);
  const numbered = db
    .select({
      id: products.id,
      position: sql<number>`row_number() OVER (ORDER BY ${products.id})`.as('position'),
    })
    .from(products)
    .innerJoin(store, eq(store.id, products.storeId))
    .where(inArray(products.status, [...VISIBLE_TO_BUYERS]))
    .as('numbered');
  const rows = await db
    .select({ id: numbered.id })
    .from(numbered)
    .where(sql`(${numbered.position} - 1) % ${pageSize} = 0`)
    .orderBy(asc(numbered.id));
  return rows.map((row) => row.id);
}

/** One sitemap file's products: from this id on, in id order. */
export async function sitemapProducts(
  db: Executor,
  fromId: string,
  pageSize = SITEMAP_PAGE_SIZE,
): Promise<{ id: string; storeSlug: string; updatedAt: Date }[]> {
  const store = visibleStorefronts(db);
  return db
    .select({ id: products.id, storeSlug: store.slug, updatedAt: products.updatedAt })
    .from(products)
    .innerJoin(store, eq(store.id, products.storeId))
    .where(and(inArray(products.status, [...VISIBLE_TO_BUYERS]), gte(products.id, fromId)))
    .orderBy(asc(products.id))
    .limit(pageSize);
}
