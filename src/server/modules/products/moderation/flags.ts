import { type Static, Type } from '@sinclair/typebox';
import { stringEnum } from '../../../lib/string-enum.ts';

export const MODERATION_FLAG_KINDS = ['banned_word', 'low_price', 'forbidden_category'] as const;

/** The parts of a product a banned word is looked for in: what buyers read. */
export const BANNED_WORD_FIELDS = ['title', 'attribute', 'description'] as const;

/** Where banned words were found: the title, one attribute's value (by its code), the description. */
export const BannedWordPlace = Type.Object({
  field: stringEnum(BANNED_WORD_FIELDS),
  /** The attribute's code, when `field` is `attribute`. */
  attribute: Type.Optional(Type.String()),
  /** The words found there, as the operator wrote them. */
  words: Type.Array(Type.String()),
});
export type BannedWordPlace = Static<typeof BannedWordPlace>;

/**
 * Why the automatic checks (SPEC §6) held a product for review instead of publishing it; the
 * merchant and the reviewer see each flag with the product, and the console marks what it
 * points at. Kept with the product and the review case as JSON: flags recorded before `places`
 * was kept have none.
 */
export const ModerationFlagSchema = Type.Union([
  /** Banned words found in the title, attributes or description. */
  Type.Object({
    kind: Type.Literal('banned_word'),
    detail: Type.Object({
      words: Type.Array(Type.String()),
      places: Type.Optional(Type.Array(BannedWordPlace)),
    }),
  }),
  /** The lowest unit price is under `percent`% of the category's median published unit price. */
  Type.Object({
    kind: Type.Literal('low_price'),
    detail: Type.Object({
      /** Minor units of `currency`. */
      price: Type.Integer(),
      median: Type.Integer(),
      /** The operator's setting products.price_check_percent when the check ran. */
      percent: Type.Integer(),
      currency: Type.String(),
    }),
  }),
  /** The product's category is one operators marked forbidden (or lies under one). */
  Type.Object({
    kind: Type.Literal('forbidden_category'),
    detail: Type.Object({ categoryId: Type.String() }),
  }),
]);
export type ModerationFlag = Static<typeof ModerationFlagSchema>;

export type ModerationFlagKind = ModerationFlag['kind'];
