import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { majorUnitsText } from '../../../../shared/money.ts';
import type { Executor } from '../../../db/client.ts';
import { COUNTED_AGAINST_LIMIT } from '../lifecycle.ts';
import { productImages, productPriceTiers, products, productVariants } from '../schema.ts';
import { type CsvRecord, IMPORT_COLUMNS } from './columns.ts';

const PAGE = 500;
const BOM = '\uFEFF';

/**
 * The store's products as the import reads them, one row per variant, streamed page by page
 * (keyset on id) so a large catalogue is never held whole. Product-level cells are on each
 * product's first row. Products made in the form have no handle: their id stands in, and the
 * import finds them by it, so an export imported again changes nothing.
 */
export function exportProductsCsv(db: Executor, storeId: string): Readable {
  const csv = stringify({ header: true, columns: [...IMPORT_COLUMNS], bom: false });
  const rows = Readable.from(exportRows(db, storeId));
  rows.on('error', (error) => csv.destroy(error));
  const out = rows.pipe(csv);
  return Readable.from(withBom(out));
}

async function* withBom(body: AsyncIterable<Buffer | string>) {
  // Excel reads a CSV as UTF-8 only with the byte-order mark.
  yield Buffer.from(BOM, 'utf8');
  for await (const chunk of body) yield chunk;
}

async function* exportRows(db: Executor, storeId: string): AsyncGenerator<CsvRecord> {
  let after: string | null = null;
  for (;;) {
    const page = await db
      .select({
        product: products,
        // The category by its code, which reads better in a spreadsheet than its id.
        categoryCode: sql<string>`(SELECT code FROM categories WHERE id = ${products.categoryId})`,
      })
      .from(products)
      .where(and(eq(products.storeId, storeId), after ? gt(products.id, after) : undefined))
      .orderBy(asc(products.id))
      .limit(PAGE);
    if (page.length === 0) return;
    after = page[page.length - 1]?.product.id ?? null;
    const ids = page.map((row) => row.product.id);
    const [variants, tiers, images] = await Promise.all([
      db
        .select()
        .from(productVariants)
        .where(inArray(productVariants.productId, ids))
        .orderBy(asc(productVariants.position)),
      db
        .select()
        .from(productPriceTiers)
        .where(inArray(productPriceTiers.productId, ids))
        .orderBy(asc(productPriceTiers.minQuantity)),
      db
        .select()
        .from(productImages)
        .where(inArray(productImages.productId, ids))
        .orderBy(asc(productImages.position)),
    ]);
    const byProduct = <T extends { productId: string }>(list: T[]) => {
      const map = new Map<string, T[]>();
      for (const item of list) map.set(item.productId, [...(map.get(item.productId) ?? []), item]);
      return map;
    };
    const variantsOf = byProduct(variants);
    const tiersOf = byProduct(tiers);
    const imagesOf = byProduct(images);
    for (const { product, categoryCode } of page) {
      const productTiers = tiersOf.get(product.id) ?? [];
      const money = (amount: number) => majorUnitsText({ amount, currency: product.currency });
      const [firstTier, ...restTiers] = productTiers;
      const productCells: CsvRecord = {
        handle: product.handle ?? product.id,
        title: product.title,
        category: categoryCode,
        description: product.descriptionHtml,
        images: (imagesOf.get(product.id) ?? []).map((image) => image.uploadId).join('|'),
        weight_grams: String(product.weightGrams),
        min_order_quantity: String(product.minOrderQuantity),
        tier_prices:
          product.pricingMode === 'by_quantity'
            ? restTiers.map((tier) => `${tier.minQuantity}:${money(tier.priceAmount)}`).join('|')
            : '',
        pricing_mode: product.pricingMode,
        attributes: product.attributes
          .map((attribute) => `${attribute.code}=${attribute.value}`)
          .join('|'),
        publish: COUNTED_AGAINST_LIMIT.includes(product.status) ? 'yes' : 'no',
      };
      const productVariantsList = variantsOf.get(product.id) ?? [];
      for (const [index, variant] of productVariantsList.entries()) {
        const record: CsvRecord =
          index === 0 ? { ...productCells } : { handle: productCells.handle };
        product.options.forEach((option, slot) => {
          record[`option${slot + 1}_name` as keyof CsvRecord] = option.name;
          record[`option${slot + 1}_value` as keyof CsvRecord] = variant.options[option.name] ?? '';
        });
        record.sku = variant.sku;
        record.stock = String(variant.stock);
        const price =
          product.pricingMode === 'by_variant' ? variant.priceAmount : firstTier?.priceAmount;
        record.price = price ? money(price) : '';
        yield record;
      }
    }
  }
}
