// The variant matrix: every combination of the options' values is one variant (SPEC §6); a
// product without options has one. Rows keep what was typed into them (SKU, stock, price) when
// an option gains or loses a value, matched by their combination.

export type OptionValues = { name: string; values: string[] };
export type VariantRow = {
  options: Record<string, string>;
  sku: string;
  stock: string;
  price: string;
};

/** The options that count: named, with at least one value. */
export function usedOptions(options: readonly OptionValues[]): OptionValues[] {
  return options
    .map((option) => ({
      name: option.name.trim(),
      values: option.values.filter((v) => v.trim() !== ''),
    }))
    .filter((option) => option.name !== '' && option.values.length > 0);
}

/** Every combination, the first option's values varying slowest (红 M, 红 L, 蓝 M, 蓝 L). */
export function combinations(options: readonly OptionValues[]): Record<string, string>[] {
  return usedOptions(options).reduce<Record<string, string>[]>(
    (rows, option) =>
      rows.flatMap((row) => option.values.map((value) => ({ ...row, [option.name]: value }))),
    [{}],
  );
}

/** A combination as text, for keys and labels: "红 / M". */
export function combinationLabel(options: Record<string, string>): string {
  return Object.values(options).join(' / ');
}

/** The matrix for `options`, each row keeping what `current` had for its combination. */
export function variantRows(
  options: readonly OptionValues[],
  current: readonly VariantRow[],
): VariantRow[] {
  const byKey = new Map(current.map((row) => [keyOf(row.options), row]));
  const rows = combinations(options);
  return rows.map((combination) => {
    const kept =
      byKey.get(keyOf(combination)) ??
      (rows.length === 1 && current.length === 1 ? current[0] : undefined);
    return {
      sku: kept?.sku ?? '',
      stock: kept?.stock ?? '',
      price: kept?.price ?? '',
      options: combination,
    };
  });
}

/** Whether `rows` already are the matrix of `options` (no regeneration needed). */
export function sameMatrix(
  options: readonly OptionValues[],
  rows: readonly { options: Record<string, string> }[],
): boolean {
  const wanted = combinations(options).map(keyOf);
  return (
    wanted.length === rows.length &&
    wanted.every((key, index) => key === keyOf(rows[index]?.options ?? {}))
  );
}

/** A combination's key whatever order its names come in (the server may sort them). */
function keyOf(options: Record<string, string>): string {
  return JSON.stringify(Object.entries(options).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
