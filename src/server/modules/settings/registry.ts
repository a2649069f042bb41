// Every rule number SPEC calls a default, with the range an admin may set it to. The database
// holds only overrides (table `settings`); a key missing there has its default.

export const SETTING_UNITS = [
  'seconds',
  'minutes',
  'hours',
  'days',
  'count',
  'percent',
  'fen',
] as const;
export type SettingUnit = (typeof SETTING_UNITS)[number];

export const SETTING_AREAS = [
  'codes',
  'login',
  'sessions',
  'stores',
  'products',
  'orders',
] as const;
export type SettingArea = (typeof SETTING_AREAS)[number];

export interface SettingDefinition {
  area: SettingArea;
  type: 'integer';
  unit: SettingUnit;
  default: number;
  min: number;
  max: number;
  description: { en: string; 'zh-CN': string };
}

const integer = (
  area: SettingArea,
  unit: SettingUnit,
  value: number,
  range: [min: number, max: number],
  en: string,
  zh: string,
): SettingDefinition => ({
  area,
  type: 'integer',
  unit,
  default: value,
  min: range[0],
  max: range[1],
  description: { en, 'zh-CN': zh },
});

export const SETTINGS = {
  // SPEC §1: codes.
  'codes.ttl_minutes': integer(
    'codes',
    'minutes',
    10,
    [1, 60],
    'How long a verification code stays valid after it is sent.',
    '验证码发出后的有效时长。',
  ),
  'codes.max_wrong_tries': integer(
    'codes',
    'count',
    5,
    [1, 20],
    'Wrong entries a code survives (a resent code carries on from them).',
    '每个验证码允许输错的次数（重新发送不会重置）。',
  ),
  'codes.resend_after_seconds': integer(
    'codes',
    'seconds',
    60,
    [10, 3600],
    'How long before a new code can be sent to the same address.',
    '同一地址再次获取验证码前需等待的时间。',
  ),
  'codes.max_sends_per_day': integer(
    'codes',
    'count',
    10,
    [1, 100],
    'Codes sent to one address in a rolling 24 hours, all purposes together.',
    '同一地址 24 小时内最多可收到的验证码条数（各用途合计）。',
  ),
  'codes.max_failures': integer(
    'codes',
    'count',
    100,
    [5, 10000],
    'Wrong codes within an hour after which the channel is blocked.',
    '一小时内输错验证码达到此次数后，暂停该渠道。',
  ),
  'codes.block_minutes': integer(
    'codes',
    'minutes',
    60,
    [1, 1440],
    'How long a channel stays blocked after too many wrong codes.',
    '验证码输错过多后渠道暂停的时长。',
  ),
  // SPEC §1: password sign-in.
  'login.password_max_failures': integer(
    'login',
    'count',
    100,
    [5, 10000],
    'Wrong passwords within an hour after which password sign-in is paused (codes still work).',
    '一小时内密码输错达到此次数后，暂停密码登录（验证码登录不受影响）。',
  ),
  'login.password_pause_minutes': integer(
    'login',
    'minutes',
    60,
    [1, 1440],
    'How long password sign-in stays paused after too many wrong passwords.',
    '密码输错过多后暂停密码登录的时长。',
  ),
  'login.password_attempts_per_ip_per_minute': integer(
    'login',
    'count',
    30,
    [5, 1000],
    'Password sign-in attempts one client address may make per minute.',
    '同一客户端地址每分钟最多可尝试密码登录的次数。',
  ),
  // SPEC §1: sessions.
  'sessions.merchant_absolute_days': integer(
    'sessions',
    'days',
    7,
    [1, 90],
    'A merchant is signed out this long after signing in, however active.',
    '商家登录后，无论是否活跃，超过此时长即需重新登录。',
  ),
  'sessions.merchant_idle_hours': integer(
    'sessions',
    'hours',
    24,
    [1, 720],
    'A merchant is signed out after this long without using Kaidian.',
    '商家连续未使用超过此时长即需重新登录。',
  ),
  'sessions.operator_absolute_hours': integer(
    'sessions',
    'hours',
    12,
    [1, 72],
    'An operator is signed out this long after signing in, however active.',
    '运营人员登录后，无论是否活跃，超过此时长即需重新登录。',
  ),
  'sessions.operator_idle_minutes': integer(
    'sessions',
    'minutes',
    30,
    [5, 720],
    'An operator is signed out after this long without using the console.',
    '运营人员连续未使用后台超过此时长即需重新登录。',
  ),
  'sessions.reauth_window_minutes': integer(
    'sessions',
    'minutes',
    10,
    [1, 60],
    'Sensitive actions need a password or code entered within this long.',
    '敏感操作要求在此时长内验证过密码或验证码。',
  ),
  // SPEC §4: store lifecycle.
  'stores.first_reminder_days': integer(
    'stores',
    'days',
    30,
    [1, 90],
    'First renewal reminder, this many days before the service ends; the store is then shown as expiring.',
    '服务到期前多少天发送第一次续费提醒，店铺同时进入“即将到期”。',
  ),
  'stores.second_reminder_days': integer(
    'stores',
    'days',
    7,
    [1, 90],
    'Second renewal reminder, this many days before the service ends.',
    '服务到期前多少天发送第二次续费提醒。',
  ),
  'stores.last_reminder_days': integer(
    'stores',
    'days',
    1,
    [1, 90],
    'Last renewal reminder, this many days before the service ends.',
    '服务到期前多少天发送最后一次续费提醒。',
  ),
  'stores.grace_days': integer(
    'stores',
    'days',
    15,
    [0, 90],
    'After the service ends the store stays open this long, then it is suspended.',
    '服务到期后的宽限期，期满后店铺将被暂停。',
  ),
  // SPEC §6: a price far below the category's median goes to review.
  'products.price_check_percent': integer(
    'products',
    'percent',
    30,
    [1, 100],
    "A product priced below this share of its category's median price (once 5 are on sale) is reviewed before it is published.",
    '商品价格低于所在类目中位价的这一比例（该类目已有 5 件在售商品时）时，须经人工审核才能上架。',
  ),
  // SPEC §7: an order not paid in time is cancelled and its stock released.
  'orders.unpaid_minutes': integer(
    'orders',
    'minutes',
    30,
    [5, 1440],
    'How long a buyer has to pay an order (sandbox or online payment) before it is cancelled and its stock released.',
    '买家须在此时长内完成付款（沙箱或在线支付），否则订单自动取消并释放库存。',
  ),
  'orders.unpaid_offline_days': integer(
    'orders',
    'days',
    3,
    [1, 14],
    'How long a buyer paying by bank transfer has before the order is cancelled and its stock released.',
    '选择银行转账的买家须在此天数内到账，否则订单自动取消并释放库存。',
  ),
} as const satisfies Record<string, SettingDefinition>;

export type SettingKey = keyof typeof SETTINGS;

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

/** The value if it is one the setting accepts, else null (a stored value a newer range refuses). */
export function acceptedValue(key: SettingKey, value: unknown): number | null {
  const definition: SettingDefinition = SETTINGS[key];
  return Number.isInteger(value) &&
    (value as number) >= definition.min &&
    (value as number) <= definition.max
    ? (value as number)
    : null;
}

/** What use cases read: the value in force, synchronously, from the warmed cache. */
export interface SettingsReader {
  get(key: SettingKey): number;
}

/** Every default, for unit tests of code that reads settings. */
export const defaultSettings: SettingsReader = { get: (key) => SETTINGS[key].default };

const MINUTE_MS = 60_000;
/** Durations in milliseconds, so call sites never repeat a unit conversion. */
export const UNIT_MS: Partial<Record<SettingUnit, number>> = {
  seconds: 1000,
  minutes: MINUTE_MS,
  hours: 60 * MINUTE_MS,
  days: 24 * 60 * MINUTE_MS,
};

export function durationMs(settings: SettingsReader, key: SettingKey): number {
  const perUnit = UNIT_MS[SETTINGS[key].unit];
  if (perUnit === undefined) throw new Error(`setting ${key} is not a duration`);
  return settings.get(key) * perUnit;
}
