import { AppError, type FieldProblem } from '../../errors.ts';
import { interpolate } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';

/**
 * What is wrong with a product field, put the way the form shows it under that field. Field
 * names follow the request (`variants.2.sku`, `pricing.tiers.1.price`), except attributes, which
 * are named by their code (`attributes.material`) so a missing one has a name too.
 */
const MESSAGES = {
  en: {
    required: 'is required',
    required_to_publish: 'is required before the product can be published',
    image_required: 'needs at least one image (the first is the main image) before publishing',
    category_not_found: 'is not a category',
    category_not_leaf: 'has subcategories: choose the most specific one',
    unknown_attribute: 'is not an attribute of this category',
    duplicate: 'is given more than once',
    not_in_list: 'must be one of: {allowed}',
    upload_not_found: 'is not one of your uploaded images',
    upload_wrong_purpose: 'was not uploaded as a product image',
    option_values_duplicate: 'has a value given more than once',
    variant_options: 'must name exactly one value of each option ({options})',
    variant_duplicate: 'repeats the options of another variant',
    variants_incomplete:
      'must have one variant for each combination of options ({missing, plural, one {# is} other {# are}} missing)',
    one_variant: 'must be exactly one when the product has no options',
    no_options: 'must be empty when the product has no options',
    sku_taken: 'is already used by another product in your store',
    price_required: 'is required when each variant has its own price',
    price_not_by_variant: 'is not used when prices go by quantity (set them in the price tiers)',
    tiers_required: 'needs at least one price tier',
    tiers_not_for_variant: 'are only used when prices go by quantity',
    first_tier: 'must start at the minimum order quantity ({minimum})',
    tiers_ascending: 'must be larger than the tier before it',
    tier_price_rises: 'must not be higher than the price of the tier before it',
    max_text_length:
      'must be at most {limit, plural, one {# character} other {# characters}} of text',
    max_html_bytes: 'is too long (at most {limit, plural, one {# byte} other {# bytes}})',
  },
  'zh-CN': {
    required: '为必填项',
    required_to_publish: '上架前必须填写',
    image_required: '上架前至少需要一张图片（第一张为主图）',
    category_not_found: '不是有效的类目',
    category_not_leaf: '下还有子类目，请选择最具体的类目',
    unknown_attribute: '不是该类目的属性',
    duplicate: '重复填写',
    not_in_list: '只能从以下选项中选择：{allowed}',
    upload_not_found: '不是您上传的图片',
    upload_wrong_purpose: '不是作为商品图片上传的',
    option_values_duplicate: '中有重复的选项值',
    variant_options: '必须为每个规格各选一个值（{options}）',
    variant_duplicate: '与另一个 SKU 的规格组合重复',
    variants_incomplete: '须覆盖所有规格组合，还缺 {missing} 个',
    one_variant: '商品没有规格时只能有一个 SKU',
    no_options: '商品没有规格时不能填写规格值',
    sku_taken: '已被店内其他商品使用',
    price_required: '按规格定价时，每个 SKU 都必须填写价格',
    price_not_by_variant: '按数量阶梯定价时无需填写，请在价格阶梯中设置',
    tiers_required: '至少需要一个价格阶梯',
    tiers_not_for_variant: '仅在按数量阶梯定价时使用',
    first_tier: '第一个阶梯须从起订量（{minimum}）开始',
    tiers_ascending: '必须大于上一个阶梯的起订数量',
    tier_price_rises: '不能高于上一个阶梯的价格',
    max_text_length: '正文最多 {limit} 个字符',
    max_html_bytes: '内容过长（最多 {limit} 字节）',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type ProductFieldRule = keyof (typeof MESSAGES)['en'];

export interface ProductFieldIssue {
  field: string;
  rule: ProductFieldRule;
  params?: Record<string, unknown>;
}

/** Rule messages by language, for the catalogs' parity check. */
export const productFieldMessages = MESSAGES;

export function describeProductIssues(issues: ProductFieldIssue[], locale: Locale): FieldProblem[] {
  return issues.map((issue) => ({
    field: issue.field,
    rule: issue.rule,
    message: interpolate(MESSAGES[locale][issue.rule], issue.params ?? {}, locale),
  }));
}

const fieldList = (issues: ProductFieldIssue[]) =>
  [...new Set(issues.map((issue) => issue.field))].join(', ');

/** Fields that cannot be saved: the same shape as schema validation errors. */
export function invalidProductFields(issues: ProductFieldIssue[], locale: Locale): AppError {
  return new AppError('validation.failed', describeProductIssues(issues, locale), {
    fields: fieldList(issues),
  });
}

/** A product that can be saved but not yet published, and which fields it still needs. */
export function notPublishable(issues: ProductFieldIssue[], locale: Locale): AppError {
  return new AppError('product.not_publishable', describeProductIssues(issues, locale), {
    fields: fieldList(issues),
  });
}
