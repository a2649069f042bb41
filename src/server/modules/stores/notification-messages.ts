import { defineNotificationMessages } from '../../notifications/messages.ts';

/** What the store's e-mails say: receipts, bank transfers, and the service running out. */
export const storeNotificationMessages = defineNotificationMessages({
  en: {
    'stores.action.manage': 'Manage your store',
    'stores.action.renew': 'Renew now',
    'stores.receipt.subject':
      '{mode, select, test {[TEST MODE] } other {}}Kaidian: payment receipt ({total})',
    'stores.receipt.heading':
      '{kind, select, open {Payment received: your store is open} other {Renewal paid}}',
    'stores.receipt.plan': '{storeType} · {package}',
    'stores.receipt.amounts': 'Service fee {fee}, deposit {deposit}, total {total}.',
    'stores.receipt.service':
      'Your service runs until {serviceEndsAt}. The deposit is returned when you close the store and the refund conditions are met.',
    'stores.receipt.testMode': 'This was a TEST MODE payment: no real money moved.',
    'stores.receipt.payment': 'Payment {paymentId}',
    'stores.receipt.paymentWithReference': 'Payment {paymentId}, transfer reference {reference}',
    'stores.offline_instructions.subject': 'Kaidian: please pay {total} by bank transfer',
    'stores.offline_instructions.heading': 'Complete your bank transfer',
    'stores.offline_instructions.transfer':
      'Transfer {total} to the account below and quote the reference {reference}.',
    'stores.offline_instructions.bank':
      'Account name: {accountName}; bank: {bankName}; account number: {accountNumber}',
    'stores.offline_instructions.bankWithSwift':
      'Account name: {accountName}; bank: {bankName}; account number: {accountNumber}; SWIFT: {swift}',
    'stores.offline_instructions.exactAmount':
      'Transfer exactly the amount due: a different amount cannot be confirmed. Your store opens as soon as our finance team confirms the receipt, and we will tell you.',
    'stores.offline_instructions.action': 'See the payment status',
    'stores.transfer_rejected.subject':
      'Kaidian: your bank transfer ({reference}) could not be confirmed',
    'stores.transfer_rejected.heading': 'Your bank transfer could not be confirmed',
    'stores.transfer_rejected.body':
      'Our finance team could not confirm the transfer of {total} with the reference {reference}: {why}.',
    'stores.transfer_rejected.closed':
      'This payment is closed. If you sent money, finance will contact you about returning it. You can pay again from your store page.',
    'stores.transfer_rejected.action': 'Pay again',
    'stores.renewal_reminder.subject':
      "Kaidian: your store's service ends in {daysLeft, plural, one {# day} other {# days}}",
    'stores.renewal_reminder.heading': 'Time to renew',
    'stores.renewal_reminder.body':
      "Your store's service ends on {serviceEndsAt}. After that there is a 15-day grace period; then the store is suspended and nothing can be published or sold until you renew.",
    'stores.grace_started.subject': "Kaidian: your store's service has ended — grace period",
    'stores.grace_started.heading': "Your store's service has ended",
    'stores.grace_started.body':
      "Your store's service ended on {serviceEndsAt}. Renew before {suspendsAt} or the store will be suspended.",
    'stores.suspended.subject': 'Kaidian: your store is suspended',
    'stores.suspended.heading': 'Your store is suspended',
    'stores.suspended.body':
      'The grace period is over and your store is suspended: buyers no longer see it, and nothing can be published or sold. Your store and its data are kept; renewing restores it at once.',
    'stores.suspended.action': 'Renew to restore your store',
  },
  'zh-CN': {
    'stores.action.manage': '进入店铺管理',
    'stores.action.renew': '立即续费',
    'stores.receipt.subject':
      '{mode, select, test {【测试模式】} other {}}开店：付款收据（{total}）',
    'stores.receipt.heading': '{kind, select, open {付款成功，店铺已开通} other {续费成功}}',
    'stores.receipt.plan': '{storeType} · {package}',
    'stores.receipt.amounts': '服务费 {fee}，保证金 {deposit}，合计 {total}。',
    'stores.receipt.service':
      '服务有效期至 {serviceEndsAt}。保证金在您关店并满足退还条件后可申请退还。',
    'stores.receipt.testMode': '这是一笔测试模式付款，没有产生真实资金往来。',
    'stores.receipt.payment': '付款编号：{paymentId}',
    'stores.receipt.paymentWithReference': '付款编号：{paymentId}，转账参考码：{reference}',
    'stores.offline_instructions.subject': '开店：请通过银行转账支付 {total}',
    'stores.offline_instructions.heading': '请完成银行转账',
    'stores.offline_instructions.transfer':
      '请向以下账户转账 {total}，并在转账附言中填写参考码 {reference}。',
    'stores.offline_instructions.bank':
      '户名：{accountName}；开户行：{bankName}；账号：{accountNumber}',
    'stores.offline_instructions.bankWithSwift':
      '户名：{accountName}；开户行：{bankName}；账号：{accountNumber}；SWIFT：{swift}',
    'stores.offline_instructions.exactAmount':
      '请按应付金额全额转账：金额不符的转账无法确认。财务确认到账后店铺即开通，并会再通知您。',
    'stores.offline_instructions.action': '查看付款状态',
    'stores.transfer_rejected.subject': '开店：您的银行转账（{reference}）未能确认',
    'stores.transfer_rejected.heading': '银行转账未能确认',
    'stores.transfer_rejected.body':
      '财务未能确认参考码为 {reference}、金额 {total} 的转账，原因：{why}。',
    'stores.transfer_rejected.closed':
      '这笔付款已关闭。如已转出款项，财务会与您联系退回事宜。您可以在店铺管理中重新付款。',
    'stores.transfer_rejected.action': '重新付款',
    'stores.renewal_reminder.subject': '开店：店铺服务将在 {daysLeft} 天后到期',
    'stores.renewal_reminder.heading': '请及时续费',
    'stores.renewal_reminder.body':
      '您的店铺服务将于 {serviceEndsAt} 到期。到期后有 15 天宽限期，之后店铺将被暂停，暂停期间无法发布和销售。',
    'stores.grace_started.subject': '开店：店铺服务已到期，进入宽限期',
    'stores.grace_started.heading': '店铺服务已到期',
    'stores.grace_started.body':
      '您的店铺服务已于 {serviceEndsAt} 到期。若在 {suspendsAt} 前未续费，店铺将被暂停。',
    'stores.suspended.subject': '开店：店铺已暂停',
    'stores.suspended.heading': '店铺已暂停',
    'stores.suspended.body':
      '宽限期已结束，您的店铺已暂停：店铺页面不再对买家展示，也无法发布或销售。店铺和数据都会保留，续费后立即恢复。',
    'stores.suspended.action': '续费恢复店铺',
  },
});
