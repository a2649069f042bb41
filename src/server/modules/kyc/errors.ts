import { defineErrors } from '../../errors.ts';

export const kycErrors = defineErrors({
  'kyc.not_found': {
    status: 404,
    en: 'No verification was found.',
    'zh-CN': '未找到实名认证记录。',
  },
  'kyc.kind_mismatch': {
    status: 422,
    en: 'A {accountType} account can only submit a {accountType} verification.',
    'zh-CN': '该账户类型只能提交与之对应的实名认证（{accountType}）。',
  },
  'kyc.already_pending': {
    status: 409,
    en: 'Your verification is being reviewed. You can change it once the review is done.',
    'zh-CN': '您的实名认证正在审核中，审核完成后才能修改。',
  },
  'kyc.unchanged': {
    status: 409,
    en: 'This is the same as your verified identity, so there is nothing to review.',
    'zh-CN': '提交的信息与已认证的信息相同，无需重新审核。',
  },
  'kyc.flagged_unchanged': {
    status: 409,
    en: 'You have not changed what the reviewer asked you to change: {fields}. Change it before you submit again.',
    'zh-CN': '审核人员要求修改的内容尚未修改：{fields}。请修改后再提交。',
  },
  'kyc.resubmission_unchanged': {
    status: 409,
    en: "Nothing has changed since the reviewer's decision. Correct what the reviewer pointed out before you submit again.",
    'zh-CN': '提交的信息与上次审核时完全相同，请按审核意见修改后再提交。',
  },
  'kyc.document_invalid': {
    status: 422,
    en: 'These documents cannot be used: {fields}. Upload them again as verification documents.',
    'zh-CN': '以下证件材料无法使用：{fields}。请重新上传认证材料。',
  },
  'kyc.invalid_transition': {
    status: 409,
    en: 'A verification that is {from} cannot become {to}.',
    'zh-CN': '当前状态（{from}）的认证不能变更为 {to}。',
  },
});
