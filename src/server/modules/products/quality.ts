import type { QualityCheckKey } from './product-schemas.ts';

/** A title this long says enough for a buyer to find the product (SPEC §6 checklist). */
export const QUALITY_TITLE_CHARACTERS = 30;
/** Three photos show a product from more than one side. */
export const QUALITY_IMAGE_COUNT = 3;
/** Characters of readable text (not markup) a description needs to count. */
export const QUALITY_DESCRIPTION_CHARACTERS = 100;

/** What each check is worth; they add up to 100. */
const POINTS: Record<QualityCheckKey, number> = {
  title_length: 20,
  main_image: 20,
  image_count: 15,
  description_length: 20,
  required_attributes: 15,
  pricing_complete: 10,
};

export interface QualityFacts {
  title: string;
  imageCount: number;
  /** The description's readable text (descriptionText). */
  descriptionText: string;
  /** The category's required attribute codes that have no value. */
  missingRequiredAttributes: number;
  /** Tiers given (by quantity) or every variant priced (by variant). */
  pricingComplete: boolean;
}

export interface QualityCheck {
  /** The web says what to fix next by this key. */
  key: QualityCheckKey;
  passed: boolean;
  points: number;
}

export interface Quality {
  score: number;
  checks: QualityCheck[];
}

const characters = (text: string) => [...text.trim()].length;

/** The listing quality score (0–100) and its checklist, in the order the merchant works through it. */
export function listingQuality(facts: QualityFacts): Quality {
  const passed: Record<QualityCheckKey, boolean> = {
    title_length: characters(facts.title) >= QUALITY_TITLE_CHARACTERS,
    main_image: facts.imageCount >= 1,
    image_count: facts.imageCount >= QUALITY_IMAGE_COUNT,
    description_length: characters(facts.descriptionText) >= QUALITY_DESCRIPTION_CHARACTERS,
    required_attributes: facts.missingRequiredAttributes === 0,
    pricing_complete: facts.pricingComplete,
  };
  const checks = (Object.keys(POINTS) as QualityCheckKey[]).map((key) => ({
    key,
    passed: passed[key],
    points: POINTS[key],
  }));
  const score = checks.reduce((sum, check) => sum + (check.passed ? check.points : 0), 0);
  return { score, checks };
}
