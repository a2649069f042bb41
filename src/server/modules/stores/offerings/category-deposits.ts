import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { categoryDeposits, type StorePackage } from '../schema.ts';

/** Categories are matched case-insensitively against the merchant's stated industry. */
export function categoryKey(category: string): string {
  return category.normalize('NFKC').trim().toLowerCase();
}

/** Replace a package's per-category deposits with the given list (the form sends all of them). */
export async function replaceCategoryDeposits(
  tx: Executor,
  packageId: string,
  list: { category: string; deposit: { amount: number } }[],
): Promise<void> {
  const keys = list.map((entry) => categoryKey(entry.category));
  if (new Set(keys).size !== keys.length) {
    throw new AppError('store.catalog_invalid', undefined, {
      reason: 'a category is listed twice in depositByCategory',
    });
  }
  await tx.delete(categoryDeposits).where(eq(categoryDeposits.packageId, packageId));
  if (list.length === 0) return;
  await tx.insert(categoryDeposits).values(
    list.map((entry, index) => ({
      packageId,
      category: keys[index] as string,
      depositAmount: entry.deposit.amount,
    })),
  );
}

/** The deposit a merchant of this main category owes for the package. */
export async function depositForCategory(
  db: Executor,
  pkg: StorePackage,
  category: string | null,
): Promise<number> {
  if (!category) return pkg.depositAmount;
  const [override] = await db
    .select({ amount: categoryDeposits.depositAmount })
    .from(categoryDeposits)
    .where(
      and(
        eq(categoryDeposits.packageId, pkg.id),
        eq(categoryDeposits.category, categoryKey(category)),
      ),
    );
  return override?.amount ?? pkg.depositAmount;
}
