import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { FieldProblem } from '../../../errors.ts';
import { describeValidationErrors } from '../../../http/validation-messages.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { ProductInput } from '../product-schemas.ts';
import type { ImportedProduct } from './group-rows.ts';
import type { RowProblem } from './parse-row.ts';

/** The product form's request body for one handle's rows: what the products module validates. */
export function toProductInput(product: ImportedProduct, categoryId: string): ProductInput {
  const pricing = product.pricing;
  return {
    title: product.title,
    categoryId,
    description: product.description,
    imageUploadIds: product.imageUploadIds,
    weightGrams: product.weightGrams ?? 0,
    attributes: product.attributes,
    ...(product.options.length > 0 ? { options: product.options } : {}),
    variants: product.variants.map((variant) => ({
      sku: variant.sku,
      ...(product.options.length > 0 ? { options: variant.options } : {}),
      stock: variant.stock,
      ...(variant.priceAmount !== null ? { price: { amount: variant.priceAmount } } : {}),
    })),
    pricing:
      pricing.mode === 'by_quantity'
        ? {
            mode: 'by_quantity',
            minOrderQuantity: pricing.minOrderQuantity,
            tiers: pricing.tiers.map((tier) => ({
              minQuantity: tier.minQuantity,
              price: { amount: tier.amount },
            })),
          }
        : {
            mode: 'by_variant',
            ...(pricing.minOrderQuantity !== null
              ? { minOrderQuantity: pricing.minOrderQuantity }
              : {}),
          },
  };
}

// The same schema the product routes validate with, checked the way Fastify's Ajv does.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateInput = ajv.compile(ProductInput);

/** The request schema's complaints about an input (lengths, counts), in the import's language. */
export function schemaProblems(input: ProductInput, locale: Locale): FieldProblem[] {
  if (validateInput(input)) return [];
  return describeValidationErrors(validateInput.errors ?? [], 'product', locale);
}

/** Where a product field lives in the file, for the error report. */
const COLUMN_OF: [RegExp, string][] = [
  [/^title/, 'title'],
  [/^categoryId/, 'category'],
  [/^description/, 'description'],
  [/^imageUploadIds/, 'images'],
  [/^weightGrams/, 'weight_grams'],
  [/^attributes\.?(.*)/, 'attributes'],
  [/^options/, 'option_name'],
  [/^variants\.\d+\.sku/, 'sku'],
  [/^variants\.\d+\.stock/, 'stock'],
  [/^variants\.\d+\.price/, 'price'],
  [/^variants\.\d+\.options/, 'option_value'],
  [/^pricing\.minOrderQuantity/, 'min_order_quantity'],
  [/^pricing\.tiers/, 'tier_prices'],
];

/** A field problem of the product as a row problem naming the file's column. */
export function fieldRowProblem(problem: FieldProblem): RowProblem {
  const column = COLUMN_OF.find(([pattern]) => pattern.test(problem.field))?.[1] ?? problem.field;
  const detail = problem.field.startsWith('attributes.') ? ` ${problem.field.slice(11)}` : '';
  return {
    code: 'product_import.invalid_product',
    params: { column: `${column}${detail}`, message: problem.message },
  };
}
