import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { withTx } from '../../db/client.ts';
import { stringEnum } from '../../lib/string-enum.ts';
import { operatorOf, requireOperator } from '../operators/index.ts';
import {
  changeSetting,
  listSettings,
  SETTING_AREAS,
  SETTING_UNITS,
  settingKey,
} from '../settings/index.ts';

const SettingSchema = Type.Object({
  key: Type.String(),
  area: stringEnum(SETTING_AREAS),
  type: Type.Literal('integer'),
  unit: stringEnum(SETTING_UNITS),
  value: Type.Integer(),
  default: Type.Integer(),
  min: Type.Integer(),
  max: Type.Integer(),
  description: Type.Object({ en: Type.String(), 'zh-CN': Type.String() }),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedBy: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
});
const SettingList = Type.Object({ items: Type.Array(SettingSchema) });
const KeyParams = Type.Object({ key: Type.String({ maxLength: 100 }) });

/** Admin: every rule number with its unit, range and default; change one, or put its default back. */
export function settingsRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/v1/admin/settings',
    {
      preHandler: requireOperator(deps, 'admin'),
      schema: {
        tags: ['settings'],
        summary: 'Every operator setting: value in force, default, unit, range and description',
        response: { 200: SettingList },
      },
    },
    async () => ({ items: await listSettings(db) }),
  );

  const change = async (
    key: string,
    value: number | null,
    request: Parameters<typeof operatorOf>[0],
  ) => {
    const known = settingKey(key);
    await withTx(db, (tx) =>
      changeSetting(tx, known, value, {
        operatorId: operatorOf(request).id,
        ip: request.ip,
        now: deps.clock.now(),
        locale: request.locale,
      }),
    );
    // In force here before the answer; the other instances hear of it by NOTIFY.
    await deps.settings.refresh();
    const item = (await listSettings(db)).find((setting) => setting.key === known);
    return item;
  };

  app.put(
    '/api/v1/admin/settings/:key',
    {
      preHandler: requireOperator(deps, 'admin'),
      schema: {
        tags: ['settings'],
        summary:
          'Admin: set a setting within its range (validation.failed on field value otherwise); audited',
        params: KeyParams,
        body: Type.Object({ value: Type.Integer() }),
        response: { 200: SettingSchema },
      },
    },
    async (request) => change(request.params.key, request.body.value, request),
  );

  app.delete(
    '/api/v1/admin/settings/:key',
    {
      preHandler: requireOperator(deps, 'admin'),
      schema: {
        tags: ['settings'],
        summary: 'Admin: put a setting back to its default; audited',
        params: KeyParams,
        response: { 200: SettingSchema },
      },
    },
    async (request) => change(request.params.key, null, request),
  );
}
