import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import {
  categoryDeposits,
  type StorePackage,
  type StoreType,
  storePackages,
  storeTypes,
} from '../schema.ts';
import type { OfferedPackage } from './load-offerings.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A store type by id (locked for an edit when asked); unknown ids are `store.type_not_found`. */
export async function requireStoreType(
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<StoreType> {
  if (!UUID.test(id)) throw new AppError('store.type_not_found');
  const query = db.select().from(storeTypes).where(eq(storeTypes.id, id));
  const [type] = options.forUpdate ? await query.for('update') : await query;
  if (!type) throw new AppError('store.type_not_found');
  return type;
}

export async function requirePackage(
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<StorePackage> {
  if (!UUID.test(id)) throw new AppError('store.package_not_found');
  const query = db.select().from(storePackages).where(eq(storePackages.id, id));
  const [pkg] = options.forUpdate ? await query.for('update') : await query;
  if (!pkg) throw new AppError('store.package_not_found');
  return pkg;
}

export async function withCategoryDeposits(
  db: Executor,
  pkg: StorePackage,
): Promise<OfferedPackage> {
  const deposits = await db
    .select()
    .from(categoryDeposits)
    .where(eq(categoryDeposits.packageId, pkg.id))
    .orderBy(asc(categoryDeposits.category));
  return { pkg, categoryDeposits: deposits };
}

export async function packagesOfType(db: Executor, storeTypeId: string): Promise<OfferedPackage[]> {
  const packages = await db
    .select()
    .from(storePackages)
    .where(eq(storePackages.storeTypeId, storeTypeId))
    .orderBy(asc(storePackages.sortOrder), asc(storePackages.code));
  return Promise.all(packages.map((pkg) => withCategoryDeposits(db, pkg)));
}
