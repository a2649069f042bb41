import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { recordAudit } from '../../audit/index.ts';
import type { OperatorAction } from '../operator-action.ts';
import { type StorePackage, storePackages } from '../schema.ts';
import { replaceCategoryDeposits } from './category-deposits.ts';
import { requirePackage, withCategoryDeposits } from './find-offering-rows.ts';
import type { PackageUpdate } from './offering-schemas.ts';
import { adminPackageView } from './offering-views.ts';

/**
 * An admin edits a package. New prices apply to purchases and renewals from now on; a purchase
 * already waiting for payment keeps the amounts it was made with.
 */
export async function updatePackage(
  tx: Executor,
  id: string,
  input: PackageUpdate,
  action: OperatorAction,
): Promise<StorePackage> {
  const before = await withCategoryDeposits(tx, await requirePackage(tx, id, { forUpdate: true }));
  const [pkg] = await tx
    .update(storePackages)
    .set({
      ...(input.names
        ? { nameEn: input.names.en.trim(), nameZh: input.names['zh-CN'].trim() }
        : {}),
      ...(input.fee ? { feeAmount: input.fee.amount } : {}),
      ...(input.deposit ? { depositAmount: input.deposit.amount } : {}),
      ...(input.productLimit !== undefined ? { productLimit: input.productLimit } : {}),
      ...(input.capabilities
        ? {
            promotions: input.capabilities.promotions,
            customTemplates: input.capabilities.customTemplates,
            advertising: input.capabilities.advertising,
          }
        : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
      updatedAt: action.now,
    })
    .where(eq(storePackages.id, before.pkg.id))
    .returning();
  if (!pkg) throw new Error('package update returned nothing');
  if (input.depositByCategory) await replaceCategoryDeposits(tx, pkg.id, input.depositByCategory);
  await recordAudit(tx, {
    actor: action.operatorId,
    action: 'store_package.updated',
    target: { type: 'store_package', id: pkg.id },
    before: adminPackageView(before),
    after: adminPackageView(await withCategoryDeposits(tx, pkg)),
    ip: action.ip,
    at: action.now,
  });
  return pkg;
}
