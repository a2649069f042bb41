import { defineErrors } from '../../errors.ts';

export const storeErrors = defineErrors({
  'store.not_found': {
    status: 404,
    en: 'You do not have a store yet.',
    'zh-CN': '您还没有店铺。',
  },
  'store.type_not_found': {
    status: 404,
    en: 'This store type does not exist or is not offered.',
    'zh-CN': '该店铺类型不存在或未开放。',
  },
  'store.package_not_found': {
    status: 404,
    en: 'This service package does not exist or is not offered for this store type.',
    'zh-CN': '该服务套餐不存在，或该店铺类型不提供此套餐。',
  },
  'store.type_code_taken': {
    status: 409,
    en: 'A store type with code {code} already exists.',
    'zh-CN': '代码为 {code} 的店铺类型已存在。',
  },
  'store.package_code_taken': {
    status: 409,
    en: 'This store type already has a package with code {code}.',
    'zh-CN': '该店铺类型下已有代码为 {code} 的套餐。',
  },
  'store.catalog_invalid': {
    status: 422,
    en: 'This configuration is not valid: {reason}.',
    'zh-CN': '该配置无效：{reason}。',
  },
  'store.not_eligible': {
    status: 403,
    en: 'You cannot open this store yet. Still missing: {missing}.',
    'zh-CN': '您暂时还不能开通该店铺，尚未满足：{missing}。',
  },
  'store.already_exists': {
    status: 409,
    en: 'You already have a store. Renew it instead of buying a new one.',
    'zh-CN': '您已经有店铺了，请续费而不是重新购买。',
  },
  'store.not_renewable': {
    status: 409,
    en: 'This store cannot be renewed now (status: {status}).',
    'zh-CN': '该店铺当前无法续费（状态：{status}）。',
  },
  'store.invalid_transition': {
    status: 409,
    en: 'A store cannot go from {from} to {to}.',
    'zh-CN': '店铺状态不能从 {from} 变为 {to}。',
  },
  'store.closed': {
    status: 409,
    en: 'This store is closed.',
    'zh-CN': '该店铺已关闭。',
  },
  'store.name_invalid': {
    status: 422,
    en: 'This store name cannot be used: {reason}',
    'zh-CN': '该店铺名称不能使用：{reason}',
  },
  'store.name_taken': {
    status: 409,
    en: 'Another store already uses this name (names are compared ignoring case and full-width letters).',
    'zh-CN': '该名称已被其他店铺使用（比较时不区分大小写和全角半角）。',
  },
  'store.image_invalid': {
    status: 422,
    en: 'The {image} cannot be used: {reason}',
    'zh-CN': '{image}不能使用：{reason}',
  },
  'store.not_publishable': {
    status: 409,
    en: 'Only an active store can publish its design. Pay for or renew your store first.',
    'zh-CN': '只有已开通的店铺才能发布装修。请先支付或续费。',
  },
  'store.no_draft': {
    status: 409,
    en: 'Save a design before publishing or previewing it.',
    'zh-CN': '请先保存店铺装修，再预览或发布。',
  },
  'store.slug_invalid': {
    status: 422,
    en: 'A store address may use 2–40 lower-case letters, digits and hyphens, and must not be a reserved word.',
    'zh-CN': '店铺地址只能由 2–40 个小写字母、数字和连字符组成，且不能是保留词。',
  },
  'store.slug_taken': {
    status: 409,
    en: 'Another store already uses this address.',
    'zh-CN': '该地址已被其他店铺使用。',
  },
  'store.slug_locked': {
    status: 409,
    en: 'The store address can be changed only once, and it has already been changed.',
    'zh-CN': '店铺地址只能修改一次，您已经修改过了。',
  },
});
