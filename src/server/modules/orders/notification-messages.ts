import { defineNotificationMessages } from '../../notifications/messages.ts';

/** What order e-mails say: to the merchant's registered address, and to the buyer. */
export const orderNotificationMessages = defineNotificationMessages({
  en: {
    'orders.line': '{title}{options} · SKU {sku} · {quantity} × {unit} = {line}',
    'orders.merchant_paid.subject': 'Kaidian: order {number} is paid ({total})',
    'orders.merchant_paid.heading': 'A buyer paid an order',
    'orders.merchant_paid.intro':
      'Order {number} from {buyer} is paid: {total}. Confirm it and ship it from your seller center.',
    'orders.merchant_paid.buyer': 'Buyer: {name}, phone {phone}, e-mail {email}',
    'orders.merchant_paid.address': 'Ship to: {address}',
    'orders.merchant_paid.action': 'Open your seller center',
    'orders.buyer_placed.subject': 'Kaidian: your order {number} ({total})',
    'orders.buyer_placed.heading': 'Thank you for your order',
    'orders.buyer_placed.intro': '{store} received your order {number} for {total}.',
    'orders.buyer_placed.payBy':
      'Please pay by {payBy}: an order not paid by then is cancelled and its items go back on sale.',
    'orders.buyer_placed.transfer':
      'Transfer {total} to {accountName}, {bankName}, account number {accountNumber}, and write the reference {reference} in the transfer.',
    'orders.buyer_placed.keep':
      'The button below opens your order. Keep this e-mail: the link is the key to your order.',
    'orders.buyer_placed.action': 'Open your order',
  },
  'zh-CN': {
    'orders.line': '{title}{options} · 货号 {sku} · {quantity} × {unit} = {line}',
    'orders.merchant_paid.subject': '开店：订单 {number} 已付款（{total}）',
    'orders.merchant_paid.heading': '买家已付款',
    'orders.merchant_paid.intro':
      '{buyer} 的订单 {number} 已付款，金额 {total}。请在卖家中心确认订单并发货。',
    'orders.merchant_paid.buyer': '买家：{name}，电话 {phone}，邮箱 {email}',
    'orders.merchant_paid.address': '收货地址：{address}',
    'orders.merchant_paid.action': '打开卖家中心',
    'orders.buyer_placed.subject': '开店：您的订单 {number}（{total}）',
    'orders.buyer_placed.heading': '感谢您的订购',
    'orders.buyer_placed.intro': '{store} 已收到您的订单 {number}，金额 {total}。',
    'orders.buyer_placed.payBy':
      '请在 {payBy} 前付款，逾期未付的订单将自动取消，商品重新上架销售。',
    'orders.buyer_placed.transfer':
      '请将 {total} 转入 {accountName}（{bankName}，账号 {accountNumber}），并在转账附言中填写 {reference}。',
    'orders.buyer_placed.keep': '点击下方按钮查看订单。请保存本邮件：其中的链接是查看订单的凭证。',
    'orders.buyer_placed.action': '查看订单',
  },
});
