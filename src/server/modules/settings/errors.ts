import { defineErrors } from '../../errors.ts';

export const settingErrors = defineErrors({
  'settings.not_found': {
    status: 404,
    en: 'There is no setting with this key.',
    'zh-CN': '不存在该设置项。',
  },
});
