/** The settings module's public surface: rule numbers other modules read, and how they change. */

import { defineModule } from '../../module.ts';
import { settingErrors } from './errors.ts';

export { settingErrors } from './errors.ts';
export { changeSetting, listSettings, type SettingView, settingKey } from './manage-settings.ts';
export {
  defaultSettings,
  durationMs,
  SETTING_AREAS,
  SETTING_UNITS,
  SETTINGS,
  type SettingKey,
  type SettingsReader,
} from './registry.ts';
export {
  LISTENER_NAME,
  openSettings,
  type Settings,
  type SettingsOptions,
} from './settings-cache.ts';

// The admin routes are the settings-admin module's.
export const settingsModule = defineModule({ name: 'settings', errors: settingErrors });
