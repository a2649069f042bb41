import { eq, sql } from 'drizzle-orm';
import { announceChange } from '../../cache/change-feed.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { ruleMessage } from '../../http/validation-messages.ts';
import { interpolate } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import { recordAudit } from '../audit/index.ts';
import {
  acceptedValue,
  isSettingKey,
  SETTING_KEYS,
  SETTINGS,
  type SettingDefinition,
  type SettingKey,
} from './registry.ts';
import { SETTINGS_CHANNEL, settings, settingsVersion } from './schema.ts';

export interface SettingView extends Omit<SettingDefinition, 'default'> {
  key: SettingKey;
  value: number;
  default: number;
  /** When and by whom the value was last changed; null while it is the default. */
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Every setting with the value in force (read from the database, not the cache). */
export async function listSettings(db: Executor): Promise<SettingView[]> {
  const rows = await db.select().from(settings);
  const overrides = new Map(rows.map((row) => [row.key, row]));
  return SETTING_KEYS.map((key) => {
    const definition: SettingDefinition = SETTINGS[key];
    const row = overrides.get(key);
    const value = row ? acceptedValue(key, row.value) : null;
    return {
      key,
      ...definition,
      value: value ?? definition.default,
      updatedAt: value !== null && row ? row.updatedAt.toISOString() : null,
      updatedBy: value !== null && row ? row.updatedBy : null,
    };
  });
}

export interface SettingChange {
  operatorId: string;
  ip: string;
  now: Date;
  locale: Locale;
}

export function settingKey(key: string): SettingKey {
  if (!isSettingKey(key)) throw new AppError('settings.not_found');
  return key;
}

/**
 * Set one rule number, audited old → new, and tell every instance (NOTIFY is delivered at commit,
 * so no instance reads a change that was rolled back). null puts the default back.
 */
export async function changeSetting(
  tx: Tx,
  key: SettingKey,
  value: number | null,
  change: SettingChange,
): Promise<void> {
  const definition: SettingDefinition = SETTINGS[key];
  if (value !== null) refuseOutOfRange(definition, value, change.locale);
  const [current] = await tx.select().from(settings).where(eq(settings.key, key)).for('update');
  const before = (current ? acceptedValue(key, current.value) : null) ?? definition.default;
  const after = value ?? definition.default;
  if (value === null) {
    await tx.delete(settings).where(eq(settings.key, key));
  } else {
    await tx
      .insert(settings)
      .values({ key, value, updatedAt: change.now, updatedBy: change.operatorId })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value, updatedAt: change.now, updatedBy: change.operatorId },
      });
  }
  const [bumped] = await tx
    .update(settingsVersion)
    .set({ version: sql`${settingsVersion.version} + 1` })
    .returning({ version: settingsVersion.version });
  await announceChange(tx, SETTINGS_CHANNEL, String(bumped?.version ?? 0));
  await recordAudit(tx, {
    actor: change.operatorId,
    action: value === null ? 'setting.reset' : 'setting.changed',
    target: { type: 'setting', id: key },
    before: { value: before },
    after: { value: after },
    ip: change.ip,
    at: change.now,
  });
}

function refuseOutOfRange(definition: SettingDefinition, value: number, locale: Locale): void {
  const rule = value < definition.min ? 'minimum' : value > definition.max ? 'maximum' : null;
  if (!rule) return;
  const limit = rule === 'minimum' ? definition.min : definition.max;
  throw new AppError(
    'validation.failed',
    [{ field: 'value', rule, message: interpolate(ruleMessage(locale, rule), { limit }) }],
    { fields: 'value' },
  );
}
