// The listing quality score as the merchant edits (SPEC §6): the checks, weights and thresholds
// are the server's own (src/shared/product-quality.ts), computed from the form's values so the
// panel moves with every keystroke; after a save the server's own score is shown.
import {
  QUALITY_CHECK_KEYS,
  QUALITY_DESCRIPTION_CHARACTERS,
  QUALITY_IMAGE_COUNT,
  QUALITY_POINTS,
  QUALITY_TITLE_CHARACTERS,
  type QualityCheckKey,
} from '../../../shared/product-quality';

export type QualityKey = QualityCheckKey;

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
    title_length: [...input.title.trim()].length >= QUALITY_TITLE_CHARACTERS,
    main_image: input.imageCount >= 1,
    image_count: input.imageCount >= QUALITY_IMAGE_COUNT,
    description_length:
      [...descriptionText(input.descriptionHtml)].length >= QUALITY_DESCRIPTION_CHARACTERS,
    required_attributes:
      input.categoryChosen &&
      input.requiredAttributes.every((code) => (input.attributes[code] ?? '').trim() !== ''),
    pricing_complete:
      input.pricing.mode === 'by_quantity'
        ? input.pricing.tierPrices.length > 0 && input.pricing.tierPrices.every(priced)
        : input.pricing.variantPrices.length > 0 && input.pricing.variantPrices.every(priced),
  };
  const checks = QUALITY_CHECK_KEYS.map((key) => ({ key, passed: passed[key] }));
  const score = checks.reduce(
    (sum, check) => sum + (check.passed ? QUALITY_POINTS[check.key] : 0),
    0,
  );
  return { score, checks };
}
