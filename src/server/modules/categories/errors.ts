import { defineErrors } from '../../errors.ts';

export const categoryErrors = defineErrors({
  'categories.not_found': {
    status: 404,
    en: 'This category does not exist.',
    'zh-CN': '该类目不存在。',
  },
  'categories.code_taken': {
    status: 409,
    en: 'A category with code {code} already exists.',
    'zh-CN': '代码为 {code} 的类目已存在。',
  },
  'categories.too_deep': {
    status: 422,
    en: 'Categories go at most {max, plural, one {# level} other {# levels}} deep; this would make {levels, plural, one {# level} other {# levels}}.',
    'zh-CN': '类目最多 {max} 级，此操作会变成 {levels} 级。',
  },
  'categories.cycle': {
    status: 422,
    en: 'A category cannot be moved under itself or one of its own subcategories.',
    'zh-CN': '不能把类目移动到它自己或它的子类目下面。',
  },
  'categories.has_children': {
    status: 409,
    en: 'This category still has {count, plural, one {# subcategory} other {# subcategories}}: delete or move them first.',
    'zh-CN': '该类目下还有 {count} 个子类目，请先删除或移走。',
  },
  'categories.in_use': {
    status: 409,
    en: '{count, plural, one {# product is} other {# products are}} listed in this category: move them to another category first.',
    'zh-CN': '该类目下还有 {count} 个商品，请先把它们移到其他类目。',
  },
  'categories.still_used': {
    status: 409,
    en: 'Products or other records still use this category: move them to another category first.',
    'zh-CN': '仍有商品或其他记录使用该类目，请先把它们移到其他类目。',
  },
  'categories.attribute_code_repeated': {
    status: 422,
    en: 'The attribute code {code} is already used in this category, above it or below it.',
    'zh-CN': '属性代码 {code} 已在本类目、上级或下级类目中使用。',
  },
  'categories.attribute_values_missing': {
    status: 422,
    en: 'A list attribute needs at least one value to choose from.',
    'zh-CN': '列表类型的属性至少需要一个可选值。',
  },
  'categories.attribute_values_repeated': {
    status: 422,
    en: 'The value {value} is listed twice.',
    'zh-CN': '可选值“{value}”重复了。',
  },
});
