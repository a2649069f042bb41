import { defineErrors } from '../../errors.ts';

export const operatorErrors = defineErrors({
  'operators.email_taken': {
    status: 409,
    en: 'An operator with this e-mail address already exists.',
    'zh-CN': '已存在使用该邮箱的运营人员。',
  },
  'operators.not_found': {
    status: 404,
    en: 'This operator does not exist.',
    'zh-CN': '该运营人员不存在。',
  },
  'operators.last_admin': {
    status: 409,
    en: 'This would leave the platform without an active administrator.',
    'zh-CN': '此操作会导致平台没有可用的管理员。',
  },
});
