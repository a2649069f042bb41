import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import {
  type CategoryDeposit,
  categoryDeposits,
  type StorePackage,
  type StoreType,
  storePackages,
  storeTypes,
} from '../schema.ts';

export interface OfferedPackage {
  pkg: StorePackage;
  categoryDeposits: CategoryDeposit[];
}
export interface OfferedStoreType {
  type: StoreType;
  packages: OfferedPackage[];
}

/** Store types with their packages, in the operators' order; inactive ones only when asked. */
export async function loadOfferings(
  db: Executor,
  options: { includeInactive: boolean },
): Promise<OfferedStoreType[]> {
  const types = await db
    .select()
    .from(storeTypes)
    .orderBy(asc(storeTypes.sortOrder), asc(storeTypes.code));
  const packages = await db
    .select()
    .from(storePackages)
    .orderBy(asc(storePackages.sortOrder), asc(storePackages.code));
  const deposits =
    packages.length === 0
      ? []
      : await db
          .select()
          .from(categoryDeposits)
          .where(
            inArray(
              categoryDeposits.packageId,
              packages.map((pkg) => pkg.id),
            ),
          )
          .orderBy(asc(categoryDeposits.category));
  const shown = <T extends { active: boolean }>(row: T) => options.includeInactive || row.active;
  return types.filter(shown).map((type) => ({
    type,
    packages: packages
      .filter((pkg) => pkg.storeTypeId === type.id && shown(pkg))
      .map((pkg) => ({
        pkg,
        categoryDeposits: deposits.filter((deposit) => deposit.packageId === pkg.id),
      })),
  }));
}
