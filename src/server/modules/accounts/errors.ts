import { defineErrors } from '../../errors.ts';
import { passwordErrors } from '../../lib/passwords.ts';

export const accountErrors = defineErrors({
  ...passwordErrors,
  'auth.invalid_credentials': {
    status: 401,
    en: 'The account or password is not correct.',
    'zh-CN': '账号或密码不正确。',
  },
  'auth.password_sign_in_paused': {
    status: 429,
    en: 'Too many wrong passwords: password sign-in is paused for {minutes, plural, one {# minute} other {# minutes}}. You can still sign in with a code sent to your phone, or reset your password to end the pause now.',
    'zh-CN':
      '密码输错次数过多，密码登录已暂停 {minutes} 分钟。您仍可用手机验证码登录，或重置密码立即解除暂停。',
  },
  'auth.password_incorrect': {
    status: 400,
    en: 'That password is not correct.',
    'zh-CN': '密码不正确。',
  },
  'auth.code_invalid': {
    status: 400,
    en: 'That code is not correct or has expired. Check it, or ask for a new one.',
    'zh-CN': '验证码不正确或已过期，请检查或重新获取。',
  },
  'auth.code_resend_too_soon': {
    status: 429,
    en: 'A code was just sent. You can ask for another in {retryAfter, plural, one {# second} other {# seconds}}.',
    'zh-CN': '验证码刚刚已发送，请 {retryAfter} 秒后再重新获取。',
  },
  'auth.code_daily_limit': {
    status: 429,
    en: 'Too many codes were sent to this address today. Try again in {retryAfter, plural, one {# second} other {# seconds}}.',
    'zh-CN': '今天向该地址发送的验证码过多，请 {retryAfter} 秒后再试。',
  },
  'auth.code_tries_exhausted': {
    status: 429,
    en: 'Too many wrong codes. You can ask for a new code in {retryAfter, plural, one {# second} other {# seconds}}.',
    'zh-CN': '验证码错误次数过多，请 {retryAfter} 秒后再重新获取。',
  },
  'auth.code_channel_blocked': {
    status: 429,
    en: 'Too many wrong codes. Codes for this address are blocked; try again in {retryAfter, plural, one {# second} other {# seconds}}.',
    'zh-CN': '验证码错误次数过多，该地址的验证已被暂停，请 {retryAfter} 秒后再试。',
  },
  'auth.email_invalid': {
    status: 400,
    en: 'Enter a valid e-mail address.',
    'zh-CN': '请输入有效的邮箱地址。',
  },
  'auth.phone_invalid': {
    status: 400,
    en: 'Enter a valid mobile number for the country you chose.',
    'zh-CN': '请输入所选国家或地区的有效手机号。',
  },
  'auth.identifier_invalid': {
    status: 400,
    en: 'Enter your e-mail address or mobile number.',
    'zh-CN': '请输入邮箱或手机号。',
  },
  'auth.email_or_phone_required': {
    status: 400,
    en: 'Give either an e-mail address or a mobile number.',
    'zh-CN': '请填写邮箱或手机号（二选一）。',
  },
  'auth.reauth_method_required': {
    status: 400,
    en: 'Confirm with your password, or with a channel and the code sent to it.',
    'zh-CN': '请输入密码，或选择验证方式并输入收到的验证码。',
  },
  'auth.contact_missing': {
    status: 400,
    en: 'Your account has no verified contact of this kind.',
    'zh-CN': '您的账户没有已验证的此类联系方式。',
  },
  'auth.contact_unchanged': {
    status: 400,
    en: 'This is already the address on your account.',
    'zh-CN': '这已经是您账户当前的联系方式。',
  },
  'auth.contact_taken': {
    status: 409,
    en: 'This address now belongs to another account.',
    'zh-CN': '该联系方式已被其他账户使用。',
  },
});
