// Live checks of the wholesale price tiers (SPEC §6, pricing by quantity), the rules the server
// applies on save: the first tier starts at the minimum order quantity, quantities rise from row
// to row, and a larger quantity never costs more per piece.

export type TierRow = { minQuantity: number | null; price: number | null };
export type TierProblem = 'startsAtMoq' | 'notAscending' | 'priceRises' | 'quantity' | 'price';
export type TierProblems = { minQuantity?: TierProblem; price?: TierProblem };

/** What is wrong with each row (same order as `tiers`); an empty object when the row is fine. */
export function tierProblems(
  tiers: readonly TierRow[],
  minOrderQuantity: number | null,
): TierProblems[] {
  return tiers.map((tier, index) => {
    const problems: TierProblems = {};
    const previous = tiers[index - 1];
    if (tier.minQuantity === null || !Number.isInteger(tier.minQuantity) || tier.minQuantity < 1) {
      problems.minQuantity = 'quantity';
    } else if (index === 0) {
      if (minOrderQuantity !== null && tier.minQuantity !== minOrderQuantity) {
        problems.minQuantity = 'startsAtMoq';
      }
    } else if (previous?.minQuantity != null && tier.minQuantity <= previous.minQuantity) {
      problems.minQuantity = 'notAscending';
    }
    if (tier.price === null || tier.price <= 0) problems.price = 'price';
    else if (previous?.price != null && tier.price > previous.price) problems.price = 'priceRises';
    return problems;
  });
}

/** Whole pieces typed in a field ("100", " 5 "), or null. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
}
