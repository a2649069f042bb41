import { asc, inArray, sql } from 'drizzle-orm';
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

/** Every instance hears of a change to store types, packages or deposits on this channel. */
export const OFFERINGS_CHANNEL = 'kaidian_offerings';

/**
 * A fingerprint of every offering row: the transaction ids that last wrote them (xmin), which any
 * insert, update or delete changes. The cache's check while its listener is down, whoever wrote.
 */
export async function offeringsVersion(db: Executor): Promise<string> {
  const writers = (table: typeof storeTypes | typeof storePackages | typeof categoryDeposits) =>
    sql`coalesce((SELECT string_agg(xmin::text, ',' ORDER BY xmin::text) FROM ${table}), '')`;
  const result = await db.execute<{ version: string }>(
    sql`SELECT md5(${writers(storeTypes)} || '|' || ${writers(storePackages)} || '|' || ${writers(categoryDeposits)}) AS version`,
  );
  return result.rows[0]?.version ?? '';
}
