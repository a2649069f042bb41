/** The CSV format of imports and exports (SPEC §6, API shape): one row per variant. */
export const IMPORT_COLUMNS = [
  'handle',
  'title',
  'category',
  'description',
  'images',
  'weight_grams',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'option3_name',
  'option3_value',
  'sku',
  'stock',
  'price',
  'min_order_quantity',
  'tier_prices',
  'pricing_mode',
  'attributes',
  'publish',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Without these a row cannot become a product variant. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'handle',
  'title',
  'category',
  'sku',
  'stock',
  'price',
];

export const OPTION_SLOTS = [1, 2, 3] as const;

/** A file is refused above this size (SPEC §6). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** And above this many rows. */
export const MAX_IMPORT_ROWS = 100_000;

export type CsvRecord = Partial<Record<ImportColumn, string>>;
