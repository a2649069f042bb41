import {
  QUALITY_CHECK_KEYS,
  QUALITY_DESCRIPTION_CHARACTERS,
  QUALITY_IMAGE_COUNT,
  QUALITY_POINTS,
  QUALITY_TITLE_CHARACTERS,
  type QualityCheckKey,
} from '../../../shared/product-quality.ts';

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
  const checks = QUALITY_CHECK_KEYS.map((key) => ({
    key,
    passed: passed[key],
    points: QUALITY_POINTS[key],
  }));
  const score = checks.reduce((sum, check) => sum + (check.passed ? check.points : 0), 0);
  return { score, checks };
}
