import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { recordAudit } from '../../audit/index.ts';
import type { OperatorAction } from '../operator-action.ts';
import { type StoreType, storeTypes } from '../schema.ts';
import type { StoreTypeCreate } from './offering-schemas.ts';
import { adminStoreTypeView } from './offering-views.ts';

/** An admin adds a store type (it has no packages until some are added). */
export async function createStoreType(
  tx: Executor,
  input: StoreTypeCreate,
  action: OperatorAction,
): Promise<StoreType> {
  const [type] = await tx
    .insert(storeTypes)
    .values({
      code: input.code,
      nameEn: input.names.en.trim(),
      nameZh: input.names['zh-CN'].trim(),
      descriptionEn: input.descriptions?.en.trim() ?? '',
      descriptionZh: input.descriptions?.['zh-CN'].trim() ?? '',
      accountTypes: input.accountTypes,
      requiresTrademark: input.requiresTrademark,
      active: input.active ?? true,
      sortOrder: input.sortOrder ?? 0,
      createdAt: action.now,
      updatedAt: action.now,
    })
    .onConflictDoNothing({ target: storeTypes.code })
    .returning();
  if (!type) throw new AppError('store.type_code_taken', undefined, { code: input.code });
  await recordAudit(tx, {
    actor: action.operatorId,
    action: 'store_type.created',
    target: { type: 'store_type', id: type.id },
    after: adminStoreTypeView(type),
    ip: action.ip,
    at: action.now,
  });
  return type;
}
