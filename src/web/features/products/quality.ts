// The listing quality score as the merchant edits (SPEC §6): the same checks, keys and weights as
// the server's (src/server/modules/products/quality.ts), computed from the form's values so the
// panel moves with every keystroke; after a save the server's own score is shown.

export const qualityKeys = [
  'title_length',
  'main_image',
  'image_count',
  'description_length',
  'required_attributes',
  'pricing_complete',
] as const;
export type QualityKey = (typeof qualityKeys)[number];

/** Points each check is worth; they add up to 100. */
export const qualityWeights: Record<QualityKey, number> = {
  title_length: 20,
  main_image: 20,
  image_count: 15,
  description_length: 20,
  required_attributes: 15,
  pricing_complete: 10,
};

/** A title this long tells buyers what the product is (1688 titles are long). */
export const goodTitleLength = 30;
/** Images enough to show the product from several sides. */
export const goodImageCount = 3;
/** Characters of description text (tags not counted). */
export const goodDescriptionLength = 100;

export type QualityInput = {
  title: string;
  imageCount: number;
  descriptionHtml: string;
  /** Whether a category is chosen: until then its required attributes are not known. */
  categoryChosen: boolean;
  /** Codes of the category's required attributes, and the values filled in. */
  requiredAttributes: readonly string[];
  attributes: Readonly<Record<string, string>>;
  pricing:
    | { mode: 'by_quantity'; tierPrices: readonly (number | null)[] }
    | { mode: 'by_variant'; variantPrices: readonly (number | null)[] };
};

export type QualityCheck = { key: QualityKey; passed: boolean };
export type Quality = { score: number; checks: QualityCheck[] };

/** The text of an HTML description, as a buyer reads it: tags out, entities and spaces folded. */
export function descriptionText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&(lt|gt|amp|quot|#39);/g, 'x')
    .replace(/\s+/g, ' ')
    .trim();
}

export function qualityOf(input: QualityInput): Quality {
  const priced = (price: number | null) => price !== null && price > 0;
  const passed: Record<QualityKey, boolean> = {
    title_length: [...input.title.trim()].length >= goodTitleLength,
    main_image: input.imageCount >= 1,
    image_count: input.imageCount >= goodImageCount,
    description_length: [...descriptionText(input.descriptionHtml)].length >= goodDescriptionLength,
    required_attributes:
      input.categoryChosen &&
      input.requiredAttributes.every((code) => (input.attributes[code] ?? '').trim() !== ''),
    pricing_complete:
      input.pricing.mode === 'by_quantity'
        ? input.pricing.tierPrices.length > 0 && input.pricing.tierPrices.every(priced)
        : input.pricing.variantPrices.length > 0 && input.pricing.variantPrices.every(priced),
  };
  const checks = qualityKeys.map((key) => ({ key, passed: passed[key] }));
  const score = checks.reduce(
    (sum, check) => sum + (check.passed ? qualityWeights[check.key] : 0),
    0,
  );
  return { score, checks };
}
