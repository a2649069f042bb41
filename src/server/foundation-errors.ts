import { defineErrors } from './errors.ts';

export const foundationErrors = defineErrors({
  'validation.failed': {
    status: 400,
    en: 'Some fields are not valid: {fields}.',
    'zh-CN': '以下字段填写有误：{fields}。',
  },
  'http.bad_request': {
    status: 400,
    en: 'The request could not be read.',
    'zh-CN': '无法解析该请求。',
  },
  'http.bad_url': {
    status: 400,
    en: 'The address of this request is malformed.',
    'zh-CN': '请求地址格式不正确。',
  },
  'http.bad_cursor': {
    status: 400,
    en: 'This page link is not valid any more. Start again from the first page.',
    'zh-CN': '分页链接已失效，请从第一页重新浏览。',
  },
  'http.invalid_json': {
    status: 400,
    en: 'The request body is not valid JSON.',
    'zh-CN': '请求内容不是有效的 JSON。',
  },
  'http.invalid_input': {
    status: 400,
    en: 'The request contains characters or numbers that cannot be accepted.',
    'zh-CN': '请求中包含无法接受的字符或数值。',
  },
  'http.request_timeout': {
    status: 408,
    en: 'The request took too long to arrive.',
    'zh-CN': '请求发送超时。',
  },
  'http.uri_too_long': {
    status: 414,
    en: 'The address of this request is too long.',
    'zh-CN': '请求地址过长。',
  },
  'http.headers_too_large': {
    status: 431,
    en: 'The request headers are too large.',
    'zh-CN': '请求头过大。',
  },
  'http.not_found': { status: 404, en: 'Not found.', 'zh-CN': '未找到请求的内容。' },
  'http.method_not_allowed': {
    status: 405,
    en: 'This method is not allowed here.',
    'zh-CN': '不支持该请求方法。',
  },
  'http.payload_too_large': {
    status: 413,
    en: 'The request is too large.',
    'zh-CN': '请求内容过大。',
  },
  'http.unsupported_media_type': {
    status: 415,
    en: 'This content type is not supported.',
    'zh-CN': '不支持该内容类型。',
  },
  'http.rate_limited': {
    status: 429,
    en: 'Too many requests. Please try again in {retryAfter, plural, one {# second} other {# seconds}}.',
    'zh-CN': '请求过于频繁，请 {retryAfter} 秒后再试。',
  },
  'http.forbidden_origin': {
    status: 403,
    en: 'Cross-site requests are not allowed.',
    'zh-CN': '不允许跨站请求。',
  },
  'outbox.not_failed': {
    status: 409,
    en: 'Outbox message {id} is not in the failed state.',
    'zh-CN': '发件队列消息 {id} 不处于失败状态。',
  },
  internal: {
    status: 500,
    en: 'Something went wrong on our side. Please try again.',
    'zh-CN': '服务器出现问题，请稍后重试。',
  },
  'service.unavailable': {
    status: 503,
    en: 'The service is starting or stopping. Please try again shortly.',
    'zh-CN': '服务正在启动或停止，请稍后重试。',
  },
  'database.unavailable': {
    status: 503,
    en: 'The service is briefly unavailable. Please try again in {retryAfter, plural, one {# second} other {# seconds}}.',
    'zh-CN': '服务暂时不可用，请 {retryAfter} 秒后重试。',
  },
  'lifecycle.moved_meanwhile': {
    status: 409,
    en: 'This was changed by someone else just now. Reload the page and try again.',
    'zh-CN': '该记录刚刚已被他人更改，请刷新页面后重试。',
  },
});
