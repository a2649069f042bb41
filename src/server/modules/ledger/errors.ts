import { defineErrors } from '../../errors.ts';

export const ledgerErrors = defineErrors({
  'ledger.account_not_found': {
    status: 404,
    en: 'Ledger account {id} does not exist.',
    'zh-CN': '账户 {id} 不存在。',
  },
  'ledger.transfer_not_found': {
    status: 404,
    en: 'Ledger transfer {id} does not exist.',
    'zh-CN': '资金流水 {id} 不存在。',
  },
  'ledger.invalid_transfer': {
    status: 422,
    en: 'This transfer is not valid: check its {field}.',
    'zh-CN': '该笔资金划转无效，请检查 {field}。',
  },
  'ledger.currency_mismatch': {
    status: 422,
    en: 'The transfer and both of its accounts must use the same currency.',
    'zh-CN': '资金划转及其双方账户必须使用同一币种。',
  },
  'ledger.insufficient_funds': {
    status: 422,
    en: 'The balance is not enough for this amount.',
    'zh-CN': '余额不足，无法扣除该金额。',
  },
  'ledger.idempotency_conflict': {
    status: 409,
    en: 'This request key was already used for a different transfer.',
    'zh-CN': '该请求标识已用于另一笔不同的资金划转。',
  },
  'ledger.already_reversed': {
    status: 409,
    en: 'Transfer {id} has already been reversed.',
    'zh-CN': '资金流水 {id} 已被冲正。',
  },
});
