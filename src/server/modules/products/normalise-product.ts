import { and, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import {
  attributesOfCategories,
  type CategoryAttribute,
  type CategoryNode,
  findCategories,
} from '../categories/index.ts';
import { findUploadsByIds, type Upload } from '../uploads/index.ts';
import { descriptionProblem, sanitizeWithText } from './description.ts';
import { invalidProductFields, type ProductFieldIssue } from './field-messages.ts';
import type { ProductInput } from './product-schemas.ts';
import {
  type PricingMode,
  type ProductAttribute,
  type ProductOption,
  productVariants,
} from './schema.ts';

export interface NormalisedVariant {
  sku: string;
  options: Record<string, string>;
  stock: number;
  priceAmount: number | null;
  position: number;
}

/** A product input checked and put in the form it is stored in. */
export interface NormalisedProduct {
  title: string;
  category: CategoryNode;
  descriptionHtml: string;
  descriptionText: string;
  imageUploadIds: string[];
  weightGrams: number;
  attributes: ProductAttribute[];
  options: ProductOption[];
  variants: NormalisedVariant[];
  pricingMode: PricingMode;
  minOrderQuantity: number;
  tiers: { minQuantity: number; priceAmount: number }[];
  /** The lowest unit price: cards and price sorts. */
  listPriceAmount: number;
  /** Required attributes of the category without a value: needed to publish, not to save. */
  missingRequiredAttributes: string[];
}

const trimmed = (text: string) => text.normalize('NFC').trim();

/** One product to normalise: its input, and the product it replaces (null for a new one). */
export interface NormaliseRequest {
  merchantId: string;
  storeId: string;
  /** The product being edited (its own SKUs are not taken), null for a new one. */
  productId: string | null;
  input: ProductInput;
  locale: Locale;
}

/**
 * What the validation looks up for some products, read in a few queries for all of them: their
 * categories and what each asks for, the images they name, and which product of the store has
 * each of their SKUs. The form loads it for its one product, the import for a chunk of rows.
 */
export interface NormaliseFacts {
  categories: Map<string, CategoryNode>;
  templates: Map<string, CategoryAttribute[]>;
  uploads: Map<string, Pick<Upload, 'ownerMerchantId' | 'purpose'>>;
  /** A SKU of the store → the product that has it. */
  skuOwners: Map<string, string>;
}

/**
 * The facts the products' validation needs, in four queries however many products: awaited one
 * after the other, as a transaction's client runs one query at a time.
 */
export async function loadNormaliseFacts(
  tx: Executor,
  storeId: string,
  inputs: readonly ProductInput[],
): Promise<NormaliseFacts> {
  const categoryIds = [...new Set(inputs.map((input) => input.categoryId))];
  const categories = await findCategories(tx, categoryIds);
  const templates = await attributesOfCategories(
    tx,
    categoryIds.filter((id) => categories.has(id)),
  );
  const uploadIds = [...new Set(inputs.flatMap((input) => input.imageUploadIds))];
  const uploads = new Map(
    (await findUploadsByIds(tx, uploadIds)).map((upload) => [upload.id, upload]),
  );
  const skus = [
    ...new Set(inputs.flatMap((input) => input.variants.map((variant) => trimmed(variant.sku)))),
  ].filter((sku) => sku !== '');
  const skuOwners = new Map<string, string>();
  if (skus.length > 0) {
    const owners = await tx
      .select({ sku: productVariants.sku, productId: productVariants.productId })
      .from(productVariants)
      .where(
        and(
          sql`${productVariants.storeId} = ${storeId}`,
          sql`${productVariants.sku} = ANY(${sql.param(skus)}::text[])`,
        ),
      );
    for (const owner of owners) skuOwners.set(owner.sku, owner.productId);
  }
  return { categories, templates, uploads, skuOwners };
}

/**
 * Checks a product input against its category, the merchant's uploads and the store's SKUs, and
 * answers it normalised; every problem found is one field error (`validation.failed`), so the
 * form marks all of them at once. What publishing needs besides (images, required attributes)
 * is checked when publishing: a draft may lack it.
 */
export async function normaliseProduct(
  tx: Executor,
  request: NormaliseRequest,
): Promise<NormalisedProduct> {
  return normaliseWithFacts(
    await loadNormaliseFacts(tx, request.storeId, [request.input]),
    request,
  );
}

/** The one validation of a product input (normaliseProduct's), on facts loaded beforehand. */
export function normaliseWithFacts(
  facts: NormaliseFacts,
  request: NormaliseRequest,
): NormalisedProduct {
  const { input } = request;
  const issues: ProductFieldIssue[] = [];

  const title = trimmed(input.title).replace(/\s+/g, ' ');
  if (title === '') issues.push({ field: 'title', rule: 'required' });

  const category = facts.categories.get(input.categoryId) ?? null;
  if (!category) issues.push({ field: 'categoryId', rule: 'category_not_found' });
  else if (!category.isLeaf) issues.push({ field: 'categoryId', rule: 'category_not_leaf' });
  const template = category ? (facts.templates.get(category.id) ?? []) : [];

  const { html: descriptionHtml, text: plainText } = sanitizeWithText(input.description);
  const tooLong = descriptionProblem(descriptionHtml, plainText);
  if (tooLong)
    issues.push({ field: 'description', rule: tooLong.rule, params: { limit: tooLong.limit } });

  const attributes = checkAttributes(input.attributes, template, issues);
  const imageUploadIds = checkImages(facts, request.merchantId, input.imageUploadIds, issues);
  const options = checkOptions(input.options ?? [], issues);
  const variants = checkVariants(input, options, issues);
  const pricing = checkPricing(input, variants, issues);
  checkSkusFree(facts, request.productId, variants, issues);

  if (issues.length > 0 || !category) throw invalidProductFields(issues, request.locale);

  const filled = new Set(attributes.map((attribute) => attribute.code));
  return {
    title,
    category,
    descriptionHtml,
    descriptionText: plainText,
    imageUploadIds,
    weightGrams: input.weightGrams,
    attributes,
    options,
    variants,
    ...pricing,
    missingRequiredAttributes: template
      .filter((attribute) => attribute.required && !filled.has(attribute.code))
      .map((attribute) => attribute.code),
  };
}

/** Attribute values by the template: known codes once each, list values from the list; blank ones dropped. */
function checkAttributes(
  given: ProductInput['attributes'],
  template: CategoryAttribute[],
  issues: ProductFieldIssue[],
): ProductAttribute[] {
  const byCode = new Map(template.map((attribute) => [attribute.code, attribute]));
  const seen = new Set<string>();
  const attributes: ProductAttribute[] = [];
  for (const { code, value } of given) {
    const field = `attributes.${code}`;
    const definition = byCode.get(code);
    if (!definition) {
      issues.push({ field, rule: 'unknown_attribute' });
      continue;
    }
    if (seen.has(code)) {
      issues.push({ field, rule: 'duplicate' });
      continue;
    }
    seen.add(code);
    const text = trimmed(value);
    if (text === '') continue;
    if (definition.kind === 'list' && !definition.values.includes(text)) {
      issues.push({
        field,
        rule: 'not_in_list',
        params: { allowed: definition.values.join(', ') },
      });
      continue;
    }
    attributes.push({ code, value: text });
  }
  // In the template's order, whatever order the form sent them in.
  const order = new Map(template.map((attribute, index) => [attribute.code, index]));
  return attributes.sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0));
}

function checkImages(
  facts: NormaliseFacts,
  merchantId: string,
  ids: string[],
  issues: ProductFieldIssue[],
): string[] {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    const field = `imageUploadIds.${index}`;
    const upload = facts.uploads.get(id);
    if (seen.has(id)) issues.push({ field, rule: 'duplicate' });
    else if (!upload || upload.ownerMerchantId !== merchantId)
      issues.push({ field, rule: 'upload_not_found' });
    else if (upload.purpose !== 'product') issues.push({ field, rule: 'upload_wrong_purpose' });
    seen.add(id);
  });
  return ids;
}

function checkOptions(given: ProductOption[], issues: ProductFieldIssue[]): ProductOption[] {
  const names = new Set<string>();
  return given.map((option, index) => {
    const name = trimmed(option.name);
    if (name === '') issues.push({ field: `options.${index}.name`, rule: 'required' });
    else if (names.has(name)) issues.push({ field: `options.${index}.name`, rule: 'duplicate' });
    names.add(name);
    const values = option.values.map(trimmed);
    values.forEach((value, valueIndex) => {
      const field = `options.${index}.values.${valueIndex}`;
      if (value === '') issues.push({ field, rule: 'required' });
      else if (values.indexOf(value) !== valueIndex) issues.push({ field, rule: 'duplicate' });
    });
    return { name, values };
  });
}

/** Every combination of the options' values once: the variant matrix. */
const combinationKey = (options: ProductOption[], chosen: Record<string, string>) =>
  JSON.stringify(options.map((option) => chosen[option.name] ?? null));

function checkVariants(
  input: ProductInput,
  options: ProductOption[],
  issues: ProductFieldIssue[],
): NormalisedVariant[] {
  const variants = input.variants.map((variant, index) => ({
    sku: trimmed(variant.sku),
    options: Object.fromEntries(
      Object.entries(variant.options ?? {}).map(([name, value]) => [trimmed(name), trimmed(value)]),
    ),
    stock: variant.stock,
    priceAmount: variant.price?.amount ?? null,
    position: index,
  }));
  const skus = new Set<string>();
  variants.forEach((variant, index) => {
    if (variant.sku === '') issues.push({ field: `variants.${index}.sku`, rule: 'required' });
    else if (skus.has(variant.sku))
      issues.push({ field: `variants.${index}.sku`, rule: 'duplicate' });
    skus.add(variant.sku);
  });

  if (options.length === 0) {
    if (variants.length !== 1) issues.push({ field: 'variants', rule: 'one_variant' });
    variants.forEach((variant, index) => {
      if (Object.keys(variant.options).length > 0)
        issues.push({ field: `variants.${index}.options`, rule: 'no_options' });
    });
    return variants;
  }

  const names = options.map((option) => option.name);
  const combinations = new Set<string>();
  variants.forEach((variant, index) => {
    const field = `variants.${index}.options`;
    const keys = Object.keys(variant.options);
    const fits =
      keys.length === options.length &&
      options.every((option) => option.values.includes(variant.options[option.name] ?? ''));
    if (!fits) {
      issues.push({ field, rule: 'variant_options', params: { options: names.join(', ') } });
      return;
    }
    const key = combinationKey(options, variant.options);
    if (combinations.has(key)) issues.push({ field, rule: 'variant_duplicate' });
    combinations.add(key);
  });
  const expected = options.reduce((count, option) => count * option.values.length, 1);
  const complete = issues.every((issue) => !issue.field.startsWith('variants.'));
  if (complete && combinations.size < expected) {
    issues.push({
      field: 'variants',
      rule: 'variants_incomplete',
      params: { missing: expected - combinations.size },
    });
  }
  return variants;
}

function checkPricing(
  input: ProductInput,
  variants: NormalisedVariant[],
  issues: ProductFieldIssue[],
): Pick<NormalisedProduct, 'pricingMode' | 'minOrderQuantity' | 'tiers' | 'listPriceAmount'> {
  const { pricing } = input;
  if (pricing.mode === 'by_variant') {
    if (pricing.tiers && pricing.tiers.length > 0)
      issues.push({ field: 'pricing.tiers', rule: 'tiers_not_for_variant' });
    variants.forEach((variant, index) => {
      if (variant.priceAmount === null)
        issues.push({ field: `variants.${index}.price`, rule: 'price_required' });
    });
    const prices = variants.flatMap((variant) => variant.priceAmount ?? []);
    return {
      pricingMode: 'by_variant',
      minOrderQuantity: pricing.minOrderQuantity ?? 1,
      tiers: [],
      listPriceAmount: prices.length > 0 ? Math.min(...prices) : 1,
    };
  }

  variants.forEach((variant, index) => {
    if (variant.priceAmount !== null)
      issues.push({ field: `variants.${index}.price`, rule: 'price_not_by_variant' });
  });
  const minOrderQuantity = pricing.minOrderQuantity;
  if (minOrderQuantity === undefined)
    issues.push({ field: 'pricing.minOrderQuantity', rule: 'required' });
  const tiers = (pricing.tiers ?? []).map((tier) => ({
    minQuantity: tier.minQuantity,
    priceAmount: tier.price.amount,
  }));
  if (tiers.length === 0) issues.push({ field: 'pricing.tiers', rule: 'tiers_required' });
  tiers.forEach((tier, index) => {
    const previous = tiers[index - 1];
    if (index === 0) {
      if (minOrderQuantity !== undefined && tier.minQuantity !== minOrderQuantity)
        issues.push({
          field: 'pricing.tiers.0.minQuantity',
          rule: 'first_tier',
          params: { minimum: minOrderQuantity },
        });
      return;
    }
    if (previous && tier.minQuantity <= previous.minQuantity)
      issues.push({ field: `pricing.tiers.${index}.minQuantity`, rule: 'tiers_ascending' });
    if (previous && tier.priceAmount > previous.priceAmount)
      issues.push({ field: `pricing.tiers.${index}.price`, rule: 'tier_price_rises' });
  });
  return {
    pricingMode: 'by_quantity',
    minOrderQuantity: minOrderQuantity ?? 1,
    tiers,
    listPriceAmount: tiers.length > 0 ? Math.min(...tiers.map((tier) => tier.priceAmount)) : 1,
  };
}

/** A SKU names one variant in the store (compared as typed; the database keeps it unique). */
function checkSkusFree(
  facts: NormaliseFacts,
  productId: string | null,
  variants: NormalisedVariant[],
  issues: ProductFieldIssue[],
) {
  variants.forEach((variant, index) => {
    if (variant.sku === '') return;
    const owner = facts.skuOwners.get(variant.sku);
    if (owner !== undefined && owner !== productId)
      issues.push({ field: `variants.${index}.sku`, rule: 'sku_taken' });
  });
}
