import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { recordAudit } from '../../audit/index.ts';
import type { OperatorAction } from '../operator-action.ts';
import { type StorePackage, storePackages } from '../schema.ts';
import { replaceCategoryDeposits } from './category-deposits.ts';
import { requireStoreType, withCategoryDeposits } from './find-offering-rows.ts';
import type { PackageCreate } from './offering-schemas.ts';
import { adminPackageView } from './offering-views.ts';

/** An admin adds a service package to a store type. */
export async function createPackage(
  tx: Executor,
  storeTypeId: string,
  input: PackageCreate,
  action: OperatorAction,
): Promise<StorePackage> {
  const type = await requireStoreType(tx, storeTypeId, { forUpdate: true });
  const [pkg] = await tx
    .insert(storePackages)
    .values({
      storeTypeId: type.id,
      code: input.code,
      nameEn: input.names.en.trim(),
      nameZh: input.names['zh-CN'].trim(),
      feeAmount: input.fee.amount,
      depositAmount: input.deposit.amount,
      currency: input.fee.currency,
      productLimit: input.productLimit,
      promotions: input.capabilities.promotions,
      customTemplates: input.capabilities.customTemplates,
      advertising: input.capabilities.advertising,
      active: input.active ?? true,
      sortOrder: input.sortOrder ?? 0,
      createdAt: action.now,
      updatedAt: action.now,
    })
    .onConflictDoNothing({ target: [storePackages.storeTypeId, storePackages.code] })
    .returning();
  if (!pkg) throw new AppError('store.package_code_taken', undefined, { code: input.code });
  await replaceCategoryDeposits(tx, pkg.id, input.depositByCategory ?? []);
  await recordAudit(tx, {
    actor: action.operatorId,
    action: 'store_package.created',
    target: { type: 'store_package', id: pkg.id },
    after: adminPackageView(await withCategoryDeposits(tx, pkg)),
    ip: action.ip,
    at: action.now,
  });
  return pkg;
}
