import { defineErrors } from '../../errors.ts';

export const orderErrors = defineErrors({
  'orders.out_of_stock': {
    status: 409,
    en: 'Not enough stock for {skus}: nothing was ordered. Lower the quantity or remove it, then check out again.',
    'zh-CN': '以下规格库存不足：{skus}。本次未下单，请减少数量或删除后重新结算。',
  },
  'orders.cart_empty': {
    status: 409,
    en: 'The cart is empty: there is nothing to check out.',
    'zh-CN': '购物车是空的，没有可结算的商品。',
  },
  'orders.cart_not_ready': {
    status: 409,
    en: 'Some lines of the cart cannot be bought as they stand, or their price changed: look at the cart again before checking out.',
    'zh-CN': '购物车中部分商品暂时无法购买或价格已变动，请查看购物车后再结算。',
  },
  'orders.invalid_transition': {
    status: 409,
    en: 'This cannot be done to the order in its current status.',
    'zh-CN': '订单当前的状态不支持此操作。',
  },
  'orders.not_found': {
    status: 404,
    en: 'This order does not exist, or the link is not complete.',
    'zh-CN': '订单不存在，或链接不完整。',
  },
});
