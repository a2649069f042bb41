import { defineErrors } from '../../errors.ts';

export const cartErrors = defineErrors({
  'cart.not_found': {
    status: 404,
    en: 'This cart does not exist (carts left alone for a long time are emptied).',
    'zh-CN': '购物车不存在（长时间未使用的购物车会被清空）。',
  },
  'cart.product_unavailable': {
    status: 409,
    en: 'This product or SKU is not on sale.',
    'zh-CN': '该商品或规格（SKU）当前不在售。',
  },
  'cart.too_many_lines': {
    status: 409,
    en: 'A cart holds at most {max, plural, one {# line} other {# lines}}; check out or remove some first.',
    'zh-CN': '购物车最多可放 {max} 种商品规格，请先结算或移除部分商品。',
  },
});
