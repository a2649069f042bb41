import type { Path } from 'react-hook-form';
import type { RequestOf, ResponseOf } from '../../api/contract';
import { majorUnitsText, parseMajorUnits } from '../store/format';
import type { TemplateAttribute } from './categories';
import { type QualityInput, qualityOf } from './quality';
import { wholeNumber } from './tiers';
import { type OptionValues, usedOptions, type VariantRow } from './variantMatrix';

// The product form's values (text as typed; money in yuan as text, parsed to minor units on
// save), from the product resource and back to the body of POST/PUT /api/v1/me/products.

export type Product = ResponseOf<'getMeProductsId'>;
export type ProductBody = RequestOf<'postMeProducts'>;
export type PricingMode = ProductBody['pricing']['mode'];

export type ProductValues = {
  title: string;
  categoryId: string;
  /** By attribute code; values of attributes the chosen category does not ask for are kept, not sent. */
  attributes: Record<string, string>;
  description: string;
  images: { id: string; url: string }[];
  weightGrams: string;
  options: { name: string; values: string[] }[];
  variants: VariantRow[];
  pricingMode: PricingMode;
  minOrderQuantity: string;
  tiers: { minQuantity: string; price: string }[];
};

export const maxTitleLength = 128;
export const maxImages = 9;
export const maxOptions = 3;
const currency = 'CNY';

const yuan = (amount: number | undefined | null) =>
  amount == null ? '' : majorUnitsText({ amount, currency });
export const minorUnits = (text: string) => parseMajorUnits(text, currency);

export function emptyProductValues(): ProductValues {
  return {
    title: '',
    categoryId: '',
    attributes: {},
    description: '',
    images: [],
    weightGrams: '',
    options: [],
    variants: [{ options: {}, sku: '', stock: '', price: '' }],
    pricingMode: 'by_quantity',
    minOrderQuantity: '1',
    tiers: [{ minQuantity: '1', price: '' }],
  };
}

export function productValues(product: Product): ProductValues {
  const pricing = product.pricing;
  return {
    title: product.title,
    categoryId: product.categoryId ?? '',
    attributes: Object.fromEntries(product.attributes.map((a) => [a.code, a.value])),
    description: product.description ?? '',
    images: product.images.map((image) => ({ id: image.uploadId, url: image.url })),
    weightGrams: product.weightGrams == null ? '' : String(product.weightGrams),
    options: (product.options ?? []).map((option) => ({
      name: option.name,
      values: [...option.values],
    })),
    variants: product.variants.map((variant) => ({
      // In the options' order (红 / M), whatever order the answer's keys come in.
      options: Object.fromEntries(
        product.options.map((option) => [option.name, variant.options[option.name] ?? '']),
      ),
      sku: variant.sku,
      stock: String(variant.stock),
      price: yuan(variant.price?.amount),
    })),
    pricingMode: pricing.mode,
    minOrderQuantity: pricing.minOrderQuantity == null ? '' : String(pricing.minOrderQuantity),
    tiers:
      pricing.mode === 'by_quantity'
        ? pricing.tiers.map((tier) => ({
            minQuantity: String(tier.minQuantity),
            price: yuan(tier.price.amount),
          }))
        : [{ minQuantity: String(pricing.minOrderQuantity ?? 1), price: '' }],
  };
}

/** The request body; `template` is the chosen category's attributes (only those are sent). */
export function productBody(
  values: ProductValues,
  template: readonly TemplateAttribute[],
): ProductBody {
  const options = usedOptions(values.options);
  const moq = wholeNumber(values.minOrderQuantity);
  return {
    title: values.title.trim(),
    categoryId: values.categoryId,
    description: values.description,
    imageUploadIds: values.images.map((image) => image.id),
    weightGrams: wholeNumber(values.weightGrams) ?? 0,
    attributes: template
      .map((attribute) => ({
        code: attribute.code,
        value: (values.attributes[attribute.code] ?? '').trim(),
      }))
      .filter((attribute) => attribute.value !== ''),
    ...(options.length > 0 ? { options } : {}),
    variants: values.variants.map((variant) => {
      const price = values.pricingMode === 'by_variant' ? minorUnits(variant.price) : null;
      return {
        sku: variant.sku.trim(),
        ...(options.length > 0 ? { options: variant.options } : {}),
        stock: wholeNumber(variant.stock) ?? 0,
        ...(price !== null ? { price: { amount: price } } : {}),
      };
    }),
    pricing:
      values.pricingMode === 'by_quantity'
        ? {
            mode: 'by_quantity',
            minOrderQuantity: moq ?? 1,
            tiers: values.tiers.map((tier) => ({
              minQuantity: wholeNumber(tier.minQuantity) ?? 0,
              price: { amount: minorUnits(tier.price) ?? 0 },
            })),
          }
        : { mode: 'by_variant', ...(moq !== null ? { minOrderQuantity: moq } : {}) },
  };
}

/**
 * The form field a problem the server names belongs to: `variants.2.sku` is that row's SKU cell,
 * `attributes.1.value` the second attribute sent, `pricing.tiers.0.price.amount` a tier's price.
 */
export function formFieldFor(
  serverField: string,
  sent: {
    attributes: readonly { code: string }[];
    options: readonly OptionValues[];
    values: ProductValues;
  },
): Path<ProductValues> | undefined {
  const [head, index, leaf] = serverField.split('.');
  const at = Number(index);
  switch (head) {
    case 'title':
    case 'categoryId':
    case 'description':
    case 'weightGrams':
      return head;
    case 'imageUploadIds':
    case 'images':
      return 'images';
    case 'attributes': {
      const code = sent.attributes[at]?.code;
      return code === undefined ? undefined : `attributes.${code}`;
    }
    case 'options': {
      const name = sent.options[at]?.name;
      const row = sent.values.options.findIndex((option) => option.name.trim() === name);
      if (row < 0) return undefined;
      return leaf === 'values' ? `options.${row}.values` : `options.${row}.name`;
    }
    case 'variants':
      if (!Number.isInteger(at) || at >= sent.values.variants.length) return undefined;
      if (leaf === 'sku' || leaf === 'stock' || leaf === 'price') return `variants.${at}.${leaf}`;
      return `variants.${at}.sku`;
    case 'pricing': {
      const [, part, row, cell] = serverField.split('.');
      if (part === 'minOrderQuantity') return 'minOrderQuantity';
      if (part === 'tiers' && row !== undefined && Number(row) < sent.values.tiers.length) {
        return cell === 'minQuantity'
          ? `tiers.${Number(row)}.minQuantity`
          : `tiers.${Number(row)}.price`;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The quality checks' input from the form, with the chosen category's required attributes. */
export function qualityFromValues(values: ProductValues, template: readonly TemplateAttribute[]) {
  const input: QualityInput = {
    title: values.title,
    imageCount: values.images.length,
    descriptionHtml: values.description,
    categoryChosen: values.categoryId !== '',
    requiredAttributes: template.filter((a) => a.required).map((a) => a.code),
    attributes: values.attributes,
    pricing:
      values.pricingMode === 'by_quantity'
        ? { mode: 'by_quantity', tierPrices: values.tiers.map((tier) => minorUnits(tier.price)) }
        : { mode: 'by_variant', variantPrices: values.variants.map((v) => minorUnits(v.price)) },
  };
  return qualityOf(input);
}
