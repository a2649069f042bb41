import { describe, expect, it } from 'vitest';
import {
  MERCHANT_PRODUCT_MOVES,
  merchantCanMove,
  merchantMoveTarget,
  PRODUCT_STATUSES,
} from '../../../shared/product-status.ts';
import { AppError } from '../../errors.ts';
import { assertMerchantMove, productLifecycle } from './lifecycle.ts';

describe("the merchant's product moves", () => {
  it('each lead where the lifecycle allows a product to go', () => {
    for (const from of PRODUCT_STATUSES) {
      for (const move of MERCHANT_PRODUCT_MOVES) {
        if (!merchantCanMove(from, move)) continue;
        const to = merchantMoveTarget(move, from);
        expect(productLifecycle.can(from, to), `${move} from ${from}`).toBe(true);
        expect(assertMerchantMove(from, move)).toBe(to);
      }
    }
  });

  it('are publish from a draft, unpublish when on sale, publish again or archive when off sale', () => {
    expect(assertMerchantMove('draft', 'publish')).toBe('published');
    expect(assertMerchantMove('published', 'unpublish')).toBe('unpublished');
    expect(assertMerchantMove('unpublished', 'publish')).toBe('published');
    expect(assertMerchantMove('unpublished', 'archive')).toBe('archived');
    // What an operator refused goes back to review.
    expect(assertMerchantMove('rejected', 'publish')).toBe('pending_review');
    expect(assertMerchantMove('taken_down', 'publish')).toBe('pending_review');
  });

  it('do not let the merchant approve a product waiting for review, or touch an archived one', () => {
    // The lifecycle has pending_review → published: the reviewer's approval, not the merchant's.
    expect(productLifecycle.can('pending_review', 'published')).toBe(true);
    expect(() => assertMerchantMove('pending_review', 'publish')).toThrowError(
      'product.invalid_transition',
    );
    for (const move of MERCHANT_PRODUCT_MOVES) {
      expect(merchantCanMove('archived', move)).toBe(false);
      expect(() => assertMerchantMove('archived', move)).toThrow(AppError);
    }
    expect(() => assertMerchantMove('draft', 'archive')).toThrowError('product.invalid_transition');
  });
});
