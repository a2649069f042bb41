import { defineErrors } from '../../errors.ts';

export const paymentErrors = defineErrors({
  'payment.not_found': {
    status: 404,
    en: 'This payment does not exist.',
    'zh-CN': '该付款记录不存在。',
  },
  'payment.invalid_transition': {
    status: 409,
    en: 'This payment is already {status} and cannot change any more.',
    'zh-CN': '该付款已处于“{status}”状态，不能再更改。',
  },
  'payment.amount_mismatch': {
    status: 422,
    en: 'The amount received, {received}, does not match the amount due, {due}. Partial or excess transfers cannot be confirmed: ask the merchant to pay the exact amount, or return the transfer.',
    'zh-CN':
      '实收金额 {received} 与应付金额 {due} 不一致。部分付款或多付的转账无法确认：请联系商家按应付金额付款，或退回该笔转账。',
  },
  'payment.wrong_provider': {
    status: 409,
    en: 'This action is only for {provider} payments.',
    'zh-CN': '该操作仅适用于 {provider} 付款方式。',
  },
  'payment.sandbox_disabled': {
    status: 403,
    en: 'Test payments (sandbox) are switched off on this platform.',
    'zh-CN': '本平台已关闭测试付款（沙盒）。',
  },
  'payment.offline_unavailable': {
    status: 409,
    en: 'Bank transfer is not offered yet: the platform has not entered the bank account to transfer to. Choose another way to pay, or try again later.',
    'zh-CN': '暂不支持银行转账：平台尚未填写收款银行账户。请选择其他付款方式，或稍后再试。',
  },
  'payment.rejection_note_required': {
    status: 400,
    en: 'Say in the note why the transfer is rejected: the merchant reads it.',
    'zh-CN': '请在备注中说明拒绝这笔转账的原因，商家会看到这段说明。',
  },
  'payment.unknown_provider': {
    status: 404,
    en: 'There is no payment provider called {provider}.',
    'zh-CN': '不存在名为 {provider} 的支付渠道。',
  },
  'payment.bad_signature': {
    status: 401,
    en: 'The callback signature is missing or wrong.',
    'zh-CN': '回调签名缺失或不正确。',
  },
  'payment.bad_callback': {
    status: 400,
    en: 'The callback could not be read: {reason}.',
    'zh-CN': '无法解析回调内容：{reason}。',
  },
  'payment.not_refundable': {
    status: 409,
    en: 'Only a payment that succeeded can be refunded; this one is {status}.',
    'zh-CN': '只有付款成功的订单才能退款，该付款当前状态为“{status}”。',
  },
  'payment.refund_exceeds_paid': {
    status: 409,
    en: 'The refund is more than is left to refund on this payment: at most {remaining} can still be refunded.',
    'zh-CN': '退款金额超过了该付款的可退金额：最多还可退 {remaining}。',
  },
  'payment.refund_currency': {
    status: 422,
    en: 'A refund is made in the currency that was paid, {currency}.',
    'zh-CN': '退款须使用原付款币种 {currency}。',
  },
  'payment.refund_key_reused': {
    status: 409,
    en: 'This idempotency key was already used for a different refund. Use a new key for a new refund.',
    'zh-CN': '该幂等键已用于另一笔退款。发起新的退款请使用新的幂等键。',
  },
  'payment.refund_bank_reference_required': {
    status: 400,
    en: 'A bank transfer is refunded by sending the money back from the bank: enter the reference of that return transfer.',
    'zh-CN': '银行转账的退款需先通过银行把款项转回给付款人，请填写这笔退回转账的银行流水号。',
  },
});
