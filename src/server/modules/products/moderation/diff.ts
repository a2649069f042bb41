import { isDeepStrictEqual } from 'node:util';
import type { ModerationSnapshot } from './snapshot.ts';

/** The parts of a product a reviewer compares, each an attribute on its own. */
export type DiffField =
  | 'title'
  | 'category'
  | 'attribute'
  | 'description'
  | 'images'
  | 'options'
  | 'pricing'
  | 'variants';

export interface SnapshotChange {
  field: DiffField;
  /** The attribute's code, for `attribute`. */
  attribute?: string;
  /** `added`: not there at the last review (every part, at a first review). */
  change: 'added' | 'changed' | 'removed';
}

type Snapshot = Omit<ModerationSnapshot, 'flags' | 'storeId'>;

const PARTS: [Exclude<DiffField, 'attribute'>, (snapshot: Snapshot) => unknown][] = [
  ['title', (snapshot) => snapshot.title],
  ['category', (snapshot) => snapshot.categoryId],
  ['description', (snapshot) => snapshot.descriptionHtml],
  ['images', (snapshot) => snapshot.images],
  ['options', (snapshot) => snapshot.options],
  [
    'pricing',
    (snapshot) => ({
      mode: snapshot.pricingMode,
      minOrderQuantity: snapshot.minOrderQuantity,
      currency: snapshot.currency,
      tiers: snapshot.tiers,
    }),
  ],
  ['variants', (snapshot) => snapshot.variants],
];

/**
 * What changed since the last decided review, part by part and attribute by attribute; at a
 * first review (no previous snapshot) everything is new.
 */
export function diffSnapshots(previous: Snapshot | null, current: Snapshot): SnapshotChange[] {
  if (!previous) {
    return [
      ...PARTS.map(([field]) => ({ field, change: 'added' as const })),
      ...current.attributes.map((attribute) => ({
        field: 'attribute' as const,
        attribute: attribute.code,
        change: 'added' as const,
      })),
    ];
  }
  const changes: SnapshotChange[] = PARTS.filter(
    ([, part]) => !isDeepStrictEqual(part(previous), part(current)),
  ).map(([field]) => ({ field, change: 'changed' }));
  const before = new Map(previous.attributes.map((attribute) => [attribute.code, attribute.value]));
  const after = new Map(current.attributes.map((attribute) => [attribute.code, attribute.value]));
  for (const [code, value] of after) {
    if (!before.has(code)) changes.push({ field: 'attribute', attribute: code, change: 'added' });
    else if (before.get(code) !== value)
      changes.push({ field: 'attribute', attribute: code, change: 'changed' });
  }
  for (const code of before.keys()) {
    if (!after.has(code)) changes.push({ field: 'attribute', attribute: code, change: 'removed' });
  }
  return changes;
}
