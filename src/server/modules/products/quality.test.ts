import { describe, expect, it } from 'vitest';
import { listingQuality, type QualityFacts } from './quality.ts';

const complete: QualityFacts = {
  title: '夏季新款纯棉短袖T恤女宽松百搭上衣韩版学生半袖打底衫 2026 新品',
  imageCount: 3,
  descriptionText: '面料'.repeat(50),
  missingRequiredAttributes: 0,
  pricingComplete: true,
};

const failed = (facts: QualityFacts) =>
  listingQuality(facts)
    .checks.filter((check) => !check.passed)
    .map((check) => check.key);

describe('listing quality', () => {
  it('a complete listing scores 100 with every check passed', () => {
    expect(listingQuality(complete)).toMatchObject({ score: 100 });
    expect(failed(complete)).toEqual([]);
  });

  it('an empty draft scores 0 and names every check to fix', () => {
    const quality = listingQuality({
      title: 'T恤',
      imageCount: 0,
      descriptionText: '',
      missingRequiredAttributes: 2,
      pricingComplete: false,
    });
    expect(quality.score).toBe(0);
    expect(quality.checks.map((check) => check.key)).toEqual([
      'title_length',
      'main_image',
      'image_count',
      'description_length',
      'required_attributes',
      'pricing_complete',
    ]);
  });

  it('a title counts from 30 characters, Chinese characters counted one each', () => {
    expect(failed({ ...complete, title: '字'.repeat(29) })).toEqual(['title_length']);
    expect(failed({ ...complete, title: '字'.repeat(30) })).toEqual([]);
  });

  it('one image is a main image but not enough images', () => {
    const quality = listingQuality({ ...complete, imageCount: 1 });
    expect(failed({ ...complete, imageCount: 1 })).toEqual(['image_count']);
    expect(quality.score).toBe(85);
  });

  it('a short description and a missing required attribute each cost their points', () => {
    expect(listingQuality({ ...complete, descriptionText: 'x'.repeat(99) }).score).toBe(80);
    expect(listingQuality({ ...complete, missingRequiredAttributes: 1 }).score).toBe(85);
    expect(listingQuality({ ...complete, pricingComplete: false }).score).toBe(90);
  });
});
