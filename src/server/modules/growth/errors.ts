import { defineErrors } from '../../errors.ts';

export const growthErrors = defineErrors({
  'growth.profile_missing': {
    status: 404,
    en: 'You have not filled in your business profile yet.',
    'zh-CN': '您还没有填写经营信息。',
  },
  'growth.task_not_found': {
    status: 404,
    en: 'There is no such task in your plan.',
    'zh-CN': '您的计划中没有该任务。',
  },
  'growth.task_completes_itself': {
    status: 409,
    en: 'This task is ticked off by itself when you do it.',
    'zh-CN': '该任务会在您完成相应操作后自动完成。',
  },
  'growth.rule_invalid': {
    status: 400,
    en: 'The rule is not valid: {reason}.',
    'zh-CN': '规则无效：{reason}。',
  },
  'growth.task_invalid': {
    status: 400,
    en: 'The task is not valid: {reason}.',
    'zh-CN': '任务无效：{reason}。',
  },
});
