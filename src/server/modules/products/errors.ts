import { defineErrors } from '../../errors.ts';

export const productErrors = defineErrors({
  'product.not_found': {
    status: 404,
    en: 'This product does not exist.',
    'zh-CN': '该商品不存在。',
  },
  'product.store_not_open': {
    status: 403,
    en: 'Products can be managed only while your store is open (active, expiring or in its grace period).',
    'zh-CN': '店铺开通期间（正常营业、即将到期或宽限期内）才能管理商品。',
  },
  'product.invalid_transition': {
    status: 409,
    en: 'This cannot be done to the product in its current status.',
    'zh-CN': '商品当前的状态不支持此操作。',
  },
  'product.not_publishable': {
    status: 422,
    en: 'This product cannot be published yet: {fields}.',
    'zh-CN': '该商品暂时无法上架，请先完善：{fields}。',
  },
  'product.limit_reached': {
    status: 409,
    en: 'Your package allows {limit, plural, one {# product} other {# products}} on sale or in review at a time; unpublish or archive one first, or upgrade your package.',
    'zh-CN': '您的套餐最多可同时在售或审核 {limit} 件商品。请先下架或归档商品，或升级套餐。',
  },
  'product.sku_taken': {
    status: 409,
    en: 'A SKU of this product was just taken by another product in your store; choose another one.',
    'zh-CN': '该商品的某个 SKU 刚被店内其他商品占用，请换一个 SKU。',
  },
  'product.archived': {
    status: 409,
    en: 'An archived product can no longer be changed.',
    'zh-CN': '商品已归档，无法再修改。',
  },
  'product.cursor_invalid': {
    status: 400,
    en: 'This page link is no longer valid; start again from the first page.',
    'zh-CN': '分页链接已失效，请从第一页重新开始。',
  },
});
