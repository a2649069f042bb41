import { defineErrors } from '../../errors.ts';

export const sessionErrors = defineErrors({
  'auth.required': {
    status: 401,
    en: 'Please sign in first.',
    'zh-CN': '请先登录。',
  },
  'auth.reauth_required': {
    status: 403,
    en: 'For your security, confirm your password or a code again before this change.',
    'zh-CN': '为了账户安全，请在进行此操作前重新验证密码或验证码。',
  },
  'auth.forbidden': {
    status: 403,
    en: 'You do not have permission to do this.',
    'zh-CN': '您没有执行此操作的权限。',
  },
  'auth.session_not_found': {
    status: 404,
    en: 'That session does not exist or has already ended.',
    'zh-CN': '该会话不存在或已结束。',
  },
});
