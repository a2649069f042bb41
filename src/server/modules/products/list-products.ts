import { and, asc, desc, eq, gt, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { productImageUrl } from '../uploads/index.ts';
import { requireOpenStore } from './open-store.ts';
import { productLimitOf } from './product-limit.ts';
import type { MyProductSort, ProductList, ProductListQuery } from './product-schemas.ts';
import { PRODUCT_STATUSES, productImages, products, productVariants } from './schema.ts';

export const DEFAULT_PAGE_SIZE = 20;

/** Where the next page starts: the last row's sort value and id (keyset paging). */
interface Cursor {
  sort: MyProductSort;
  value: string | number;
  id: string;
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(text: string, sort: MyProductSort): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    const valueFits =
      sort === 'title'
        ? typeof cursor.value === 'string'
        : typeof cursor.value === 'number' || typeof cursor.value === 'string';
    if (cursor.sort !== sort || !valueFits || !/^[0-9a-f-]{36}$/.test(cursor.id)) throw new Error();
    return cursor;
  } catch {
    throw new AppError('product.cursor_invalid');
  }
}

/** Each sort as its key columns: newest first; price and title ascending; ties by id. */
function ordering(sort: MyProductSort) {
  switch (sort) {
    case 'price':
      return {
        orderBy: [asc(products.listPriceAmount), asc(products.id)],
        after: (cursor: Cursor) =>
          or(
            gt(products.listPriceAmount, Number(cursor.value)),
            and(eq(products.listPriceAmount, Number(cursor.value)), gt(products.id, cursor.id)),
          ),
        valueOf: (row: { listPriceAmount: number }) => row.listPriceAmount,
      };
    case 'title':
      return {
        orderBy: [asc(products.title), asc(products.id)],
        after: (cursor: Cursor) =>
          sql`(${products.title}, ${products.id}) > (${String(cursor.value)}, ${cursor.id}::uuid)`,
        valueOf: (row: { title: string }) => row.title,
      };
    default:
      return {
        orderBy: [desc(products.createdAt), desc(products.id)],
        // Microseconds: a JavaScript Date would drop what PostgreSQL keeps.
        after: (cursor: Cursor) =>
          sql`(${products.createdAt}, ${products.id}) < (${String(cursor.value)}::timestamptz, ${cursor.id}::uuid)`,
        valueOf: (row: { createdAtText: string }) => row.createdAtText,
      };
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * The merchant's products for the seller list: by status, searched by title, sorted newest,
 * by price or by title, in pages that neither repeat nor skip a product while others are added.
 * The counts per status are for the status tabs; the limit says how many more can be on sale.
 */
export async function listMyProducts(
  tx: Executor,
  request: { merchantId: string; query: ProductListQuery },
): Promise<ProductList> {
  const store = await requireOpenStore(tx, request.merchantId);
  const { query } = request;
  const sort = query.sort ?? 'newest';
  const pageSize = query.limit ?? DEFAULT_PAGE_SIZE;
  const order = ordering(sort);
  const q = query.q?.trim();
  const filters: (SQL | undefined)[] = [
    eq(products.storeId, store.id),
    query.status ? eq(products.status, query.status) : undefined,
    q ? ilike(products.title, `%${escapeLike(q)}%`) : undefined,
    query.cursor ? order.after(decodeCursor(query.cursor, sort)) : undefined,
  ];
  const rows = await tx
    .select({
      id: products.id,
      title: products.title,
      status: products.status,
      statusReason: products.statusReason,
      categoryId: products.categoryId,
      listPriceAmount: products.listPriceAmount,
      currency: products.currency,
      qualityScore: products.qualityScore,
      salesCount: products.salesCount,
      createdAt: products.createdAt,
      createdAtText: sql<string>`to_char(${products.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      updatedAt: products.updatedAt,
    })
    .from(products)
    .where(and(...filters))
    .orderBy(...order.orderBy)
    .limit(pageSize + 1);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const nextCursor =
    rows.length > pageSize && last
      ? encodeCursor({ sort, value: order.valueOf(last as never), id: last.id })
      : null;

  const ids = page.map((row) => row.id);
  const stockRows = ids.length
    ? await tx
        .select({
          productId: productVariants.productId,
          stock: sql<number>`sum(${productVariants.stock})::int`,
          variants: sql<number>`count(*)::int`,
        })
        .from(productVariants)
        .where(inArray(productVariants.productId, ids))
        .groupBy(productVariants.productId)
    : [];
  const mainImages = ids.length
    ? await tx
        .select({ productId: productImages.productId, uploadId: productImages.uploadId })
        .from(productImages)
        .where(and(inArray(productImages.productId, ids), eq(productImages.position, 0)))
    : [];
  const stockOf = new Map(stockRows.map((row) => [row.productId, row]));
  const imageOf = new Map(mainImages.map((row) => [row.productId, row.uploadId]));

  const countRows = await tx
    .select({ status: products.status, count: sql<number>`count(*)::int` })
    .from(products)
    .where(eq(products.storeId, store.id))
    .groupBy(products.status);
  const counts: Record<string, number> = Object.fromEntries(
    PRODUCT_STATUSES.map((status) => [status, 0]),
  );
  for (const row of countRows) counts[row.status] = row.count;

  return {
    items: page.map((row) => {
      const uploadId = imageOf.get(row.id);
      return {
        id: row.id,
        title: row.title,
        status: row.status,
        statusReason: row.statusReason,
        categoryId: row.categoryId,
        imageUrl: uploadId ? productImageUrl(uploadId, 'thumb') : null,
        listPrice: { amount: row.listPriceAmount, currency: row.currency },
        stock: stockOf.get(row.id)?.stock ?? 0,
        variantCount: stockOf.get(row.id)?.variants ?? 0,
        qualityScore: row.qualityScore,
        salesCount: row.salesCount,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      };
    }),
    nextCursor,
    counts,
    limit: await productLimitOf(tx, store),
  };
}
