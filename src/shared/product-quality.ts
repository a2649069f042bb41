// The listing quality checklist (SPEC §6), one definition for the server, which scores what is
// saved, and the seller center, which scores the form as the merchant types.

/** The checks, in the order the checklist shows them. */
export const QUALITY_CHECK_KEYS = [
  'title_length',
  'main_image',
  'image_count',
  'description_length',
  'required_attributes',
  'pricing_complete',
] as const;
export type QualityCheckKey = (typeof QUALITY_CHECK_KEYS)[number];

/** What each check is worth; they add up to 100. */
export const QUALITY_POINTS: Record<QualityCheckKey, number> = {
  title_length: 20,
  main_image: 20,
  image_count: 15,
  description_length: 20,
  required_attributes: 15,
  pricing_complete: 10,
};

/** A title this long says enough for a buyer to find the product (1688 titles are long). */
export const QUALITY_TITLE_CHARACTERS = 30;
/** Three photos show a product from more than one side. */
export const QUALITY_IMAGE_COUNT = 3;
/** Characters of readable text (not markup) a description needs to count. */
export const QUALITY_DESCRIPTION_CHARACTERS = 100;
