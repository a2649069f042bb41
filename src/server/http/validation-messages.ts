import type { FastifySchemaValidationError } from 'fastify';
import type { FieldProblem } from '../errors.ts';
import { interpolate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';

const ruleMessages: Record<Locale, Record<string, string>> = {
  en: {
    required: 'is required',
    type: 'must be a {type}',
    format: 'must be a valid {format}',
    minLength: 'must be at least {limit} characters',
    maxLength: 'must be at most {limit} characters',
    minimum: 'must be at least {limit}',
    maximum: 'must be at most {limit}',
    minItems: 'must have at least {limit} items',
    maxItems: 'must have at most {limit} items',
    enum: 'must be one of: {allowed}',
    const: 'must be {allowed}',
    pattern: 'has an invalid format',
    additionalProperties: 'is not a known field',
    anyOf: 'does not match any allowed shape',
    oneOf: 'does not match exactly one allowed shape',
    default: 'is not valid',
  },
  'zh-CN': {
    required: '为必填项',
    type: '类型应为 {type}',
    format: '格式不正确（{format}）',
    minLength: '至少需要 {limit} 个字符',
    maxLength: '最多 {limit} 个字符',
    minimum: '不能小于 {limit}',
    maximum: '不能大于 {limit}',
    minItems: '至少需要 {limit} 项',
    maxItems: '最多 {limit} 项',
    enum: '只能是以下之一：{allowed}',
    const: '只能是 {allowed}',
    pattern: '格式不正确',
    additionalProperties: '不是可识别的字段',
    anyOf: '不符合任何允许的格式',
    oneOf: '不符合允许的格式',
    default: '无效',
  },
};

/** Turn Ajv's errors into one problem per field, named the way a client sent it. */
export function describeValidationErrors(
  errors: FastifySchemaValidationError[],
  context: string | undefined,
  locale: Locale,
): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const params = error.params as Record<string, unknown>;
    const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const extra =
      error.keyword === 'required'
        ? String(params.missingProperty)
        : error.keyword === 'additionalProperties'
          ? String(params.additionalProperty)
          : '';
    const field = [path, extra].filter(Boolean).join('.') || context || 'body';
    if (seen.has(field)) continue;
    seen.add(field);
    const template = ruleMessages[locale][error.keyword] ?? ruleMessages[locale].default ?? '';
    const allowed = Array.isArray(params.allowedValues)
      ? params.allowedValues.join(', ')
      : params.allowedValue;
    problems.push({
      field,
      rule: error.keyword,
      message: interpolate(template, { ...params, allowed }),
    });
  }
  return problems;
}
