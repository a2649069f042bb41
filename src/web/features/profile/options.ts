import type { ResponseOf } from '../../api/contract';
// The answers the wizard offers, as the API takes them (SPEC §2, PUT /api/v1/me/business-profile).

export const industries = [
  'apparel',
  'shoes_bags',
  'beauty',
  'jewelry',
  'electronics',
  'home',
  'toys_baby',
  'sports',
  'food',
  'auto',
  'industrial',
  'pets',
] as const;
export type Industry = (typeof industries)[number];

export const businessModels = [
  'manufacturer',
  'wholesaler',
  'brand',
  'retailer',
  'dropshipper',
] as const;
export type BusinessModel = (typeof businessModels)[number];

export const experienceLevels = ['none', 'lt1y', '1to3y', 'gt3y'] as const;
export type Experience = (typeof experienceLevels)[number];

/** Stored lower-case by the server. */
export const platforms = [
  'aliexpress',
  '1688',
  'taobao',
  'amazon',
  'ebay',
  'shopify',
  'shopee',
  'lazada',
  'tiktok_shop',
] as const;
export type Platform = (typeof platforms)[number];

/**
 * Target markets as the merchant thinks of them, each sent as the ISO 3166-1 country codes or
 * region codes it stands for (the growth rules test for e.g. "a market other than CN").
 */
export const markets = {
  cn: ['CN'],
  north_america: ['US', 'CA'],
  europe: ['EU'],
  southeast_asia: ['SEA'],
  middle_east: ['MENA'],
  latin_america: ['LATAM'],
  japan_korea: ['JP', 'KR'],
  africa: ['AFRICA'],
  oceania: ['AU', 'NZ'],
} as const satisfies Record<string, readonly string[]>;
export type Market = keyof typeof markets;
export const marketKeys = Object.keys(markets) as Market[];

export const teamSizes = ['1', '2-5', '6-20', '21-100', '100+'] as const;
export type TeamSize = (typeof teamSizes)[number];

/** GET /api/v1/me/business-profile */
export type BusinessProfile = ResponseOf<'getMeBusinessProfile'>;

export const marketCodes = (selected: readonly Market[]) => [
  ...new Set(selected.flatMap((market) => markets[market])),
];

/** The chips a stored answer stands for: a chip is on when all its codes were sent. */
export const marketsFromCodes = (codes: readonly string[]) => {
  const upper = new Set(codes.map((code) => code.toUpperCase()));
  return marketKeys.filter((market) => markets[market].every((code) => upper.has(code)));
};

export const isIndustry = (value: string): value is Industry =>
  (industries as readonly string[]).includes(value);
