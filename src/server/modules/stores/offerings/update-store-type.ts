import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { recordAudit } from '../../audit/index.ts';
import type { OperatorAction } from '../operator-action.ts';
import { type StoreType, storeTypes } from '../schema.ts';
import { requireStoreType } from './find-offering-rows.ts';
import type { StoreTypeUpdate } from './offering-schemas.ts';
import { adminStoreTypeView } from './offering-views.ts';

/**
 * An admin edits a store type. Types are switched off (`active: false`), never deleted: stores
 * and purchases name them. Stores already open keep their type whatever changes here.
 */
export async function updateStoreType(
  tx: Executor,
  id: string,
  input: StoreTypeUpdate,
  action: OperatorAction,
): Promise<StoreType> {
  const before = await requireStoreType(tx, id, { forUpdate: true });
  const [after] = await tx
    .update(storeTypes)
    .set({
      ...(input.names
        ? { nameEn: input.names.en.trim(), nameZh: input.names['zh-CN'].trim() }
        : {}),
      ...(input.descriptions
        ? {
            descriptionEn: input.descriptions.en.trim(),
            descriptionZh: input.descriptions['zh-CN'].trim(),
          }
        : {}),
      ...(input.accountTypes ? { accountTypes: input.accountTypes } : {}),
      ...(input.requiresTrademark !== undefined
        ? { requiresTrademark: input.requiresTrademark }
        : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
      updatedAt: action.now,
    })
    .where(eq(storeTypes.id, before.id))
    .returning();
  if (!after) throw new Error('store type update returned nothing');
  await recordAudit(tx, {
    actor: action.operatorId,
    action: 'store_type.updated',
    target: { type: 'store_type', id: before.id },
    before: adminStoreTypeView(before),
    after: adminStoreTypeView(after),
    ip: action.ip,
    at: action.now,
  });
  return after;
}
