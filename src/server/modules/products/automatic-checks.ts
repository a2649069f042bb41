import { and, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { SettingsReader } from '../settings/index.ts';
import { type BannedWordList, findBannedWordsIn } from './moderation/banned-words.ts';
import type { ModerationFlag } from './moderation/flags.ts';
import type { NormalisedProduct } from './normalise-product.ts';
import { products } from './schema.ts';

/** The median is a fair yardstick only once a category has this many products on sale. */
export const PRICE_CHECK_MIN_PUBLISHED = 5;

/**
 * The automatic checks run when a product is published and when a published one is edited
 * (SPEC §6): banned words in what buyers read, a price far below the category's median, a
 * forbidden category. Any flag sends the product to review instead of on sale.
 */
export async function automaticChecks(
  tx: Executor,
  request: {
    productId: string;
    product: Pick<
      NormalisedProduct,
      'title' | 'attributes' | 'descriptionHtml' | 'category' | 'listPriceAmount'
    >;
    currency: string;
    settings: SettingsReader;
    /** The banned words read once for many products (publishProducts); read here without it. */
    bannedWords?: BannedWordList;
  },
): Promise<ModerationFlag[]> {
  const { product } = request;
  const flags: ModerationFlag[] = [];
  if (product.category.forbidden) {
    flags.push({ kind: 'forbidden_category', detail: { categoryId: product.category.id } });
  }
  const banned = await findBannedWordsIn(
    tx,
    [
      { field: 'title' as const, text: product.title },
      ...product.attributes.map((attribute) => ({
        field: 'attribute' as const,
        attribute: attribute.code,
        text: attribute.value,
      })),
      { field: 'description' as const, text: product.descriptionHtml },
    ],
    request.bannedWords,
  );
  if (banned.words.length > 0) flags.push({ kind: 'banned_word', detail: banned });

  const median = await categoryMedianPrice(
    tx,
    product.category.id,
    request.currency,
    request.productId,
  );
  const percent = request.settings.get('products.price_check_percent');
  if (median !== null && product.listPriceAmount * 100 < median * percent) {
    flags.push({
      kind: 'low_price',
      detail: { price: product.listPriceAmount, median, percent, currency: request.currency },
    });
  }
  return flags;
}

/** The median list price of the category's other published products, null below the minimum count. */
async function categoryMedianPrice(
  tx: Executor,
  categoryId: string,
  currency: string,
  productId: string,
): Promise<number | null> {
  const [row] = await tx
    .select({
      count: sql<number>`count(*)::int`,
      median: sql<
        number | null
      >`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${products.listPriceAmount})::float8`,
    })
    .from(products)
    .where(
      and(
        eq(products.categoryId, categoryId),
        eq(products.status, 'published'),
        eq(products.currency, currency),
        ne(products.id, productId),
      ),
    );
  if (!row || row.count < PRICE_CHECK_MIN_PUBLISHED || row.median === null) return null;
  return Math.round(row.median);
}
