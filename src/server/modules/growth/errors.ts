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
  'growth.unknown_task': {
    status: 422,
    en: 'There is no growth task with the key {keys}.',
    'zh-CN': '不存在键为 {keys} 的成长任务。',
  },
  'growth.task_key_not_found': {
    status: 404,
    en: 'There is no growth task with the key {key}.',
    'zh-CN': '不存在键为 {key} 的成长任务。',
  },
  'growth.task_key_taken': {
    status: 409,
    en: 'A growth task with the key {key} already exists.',
    'zh-CN': '键为 {key} 的成长任务已存在。',
  },
  'growth.rule_not_found': {
    status: 404,
    en: 'This growth-plan rule does not exist (it may have been deleted).',
    'zh-CN': '该成长计划规则不存在（可能已被删除）。',
  },
  'growth.rule_key_taken': {
    status: 409,
    en: 'A growth-plan rule with the key {key} already exists.',
    'zh-CN': '键为 {key} 的成长计划规则已存在。',
  },
  'growth.condition_invalid': {
    status: 422,
    en: 'The condition can only hold "profile", "all" and "any"; each test needs "field", "op" and, where the operator compares, "values".',
    'zh-CN':
      '条件只能包含 "profile"、"all" 和 "any"；每项判断需要 "field"、"op"，需要比较的运算还需要 "values"。',
  },
  'growth.condition_unknown_field': {
    status: 422,
    en: 'The condition tests "{field}", which is not a business-profile answer. Known answers: {known}.',
    'zh-CN': '条件判断的 "{field}" 不是经营信息中的项目。可用项目：{known}。',
  },
  'growth.condition_unknown_operator': {
    status: 422,
    en: 'The condition uses the operator "{op}", which does not exist. Known operators: {known}.',
    'zh-CN': '条件使用了不存在的运算 "{op}"。可用运算：{known}。',
  },
  'growth.condition_values_missing': {
    status: 422,
    en: 'The operator "{op}" on {field} needs at least one value.',
    'zh-CN': '对 {field} 使用运算 "{op}" 时至少需要一个值。',
  },
  'growth.condition_values_unexpected': {
    status: 422,
    en: 'The operator "{op}" on {field} takes no values.',
    'zh-CN': '对 {field} 使用运算 "{op}" 时不需要填写值。',
  },
  'growth.condition_value_unknown': {
    status: 422,
    en: '"{value}" is not a possible answer for {field}. Possible answers: {known}.',
    'zh-CN': '"{value}" 不是 {field} 的可选答案。可选答案：{known}。',
  },
  'growth.condition_never_matches': {
    status: 422,
    en: 'A rule for merchants without a business profile cannot test their answers: it would never apply.',
    'zh-CN': '针对尚未填写经营信息的商家的规则不能判断其答案，否则永远不会生效。',
  },
});
