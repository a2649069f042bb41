/**
 * Why the automatic checks (SPEC §6) held a product for review instead of publishing it; the
 * reviewer sees each flag with the product, and the console marks what it points at.
 */
export type ModerationFlag =
  /** Banned words (as the operator wrote them) found in the title, attributes or description. */
  | { kind: 'banned_word'; detail: { words: string[] } }
  /** The lowest unit price is under `percent`% of the category's median published unit price. */
  | {
      kind: 'low_price';
      detail: { price: number; median: number; percent: number; currency: string };
    }
  /** The product's category is one operators marked forbidden. */
  | { kind: 'forbidden_category'; detail: { categoryId: string } };

export type ModerationFlagKind = ModerationFlag['kind'];

export const MODERATION_FLAG_KINDS = ['banned_word', 'low_price', 'forbidden_category'] as const;
