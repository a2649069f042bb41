import type { SaveOutcome } from './ProductForm';

// A new product's first save moves the page to its own address (/products/{id}), which mounts
// the edit page afresh: what the save came to travels there through this one slot, read once.

let handedOver: SaveOutcome | null = null;

export function handOver(outcome: SaveOutcome) {
  handedOver = outcome;
}

export function takeOver(productId: string): SaveOutcome | null {
  const outcome = handedOver?.product.id === productId ? handedOver : null;
  handedOver = null;
  return outcome;
}
