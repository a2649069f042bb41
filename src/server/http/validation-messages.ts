import type { FastifySchemaValidationError } from 'fastify';
import type { FieldProblem } from '../errors.ts';
import { interpolate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';

/** Each validation rule's message, by language (exported for the catalogs' parity check). */
export const ruleMessages: Record<Locale, Record<string, string>> = {
  en: {
    required: 'is required',
    type: 'must be a {type}',
    format: 'must be a valid {format}',
    minLength: 'must be at least {limit, plural, one {# character} other {# characters}}',
    maxLength: 'must be at most {limit, plural, one {# character} other {# characters}}',
    minimum: 'must be at least {limit}',
    maximum: 'must be at most {limit}',
    minItems: 'must have at least {limit, plural, one {# item} other {# items}}',
    maxItems: 'must have at most {limit, plural, one {# item} other {# items}}',
    enum: 'must be one of: {allowed}',
    const: 'must be {allowed}',
    pattern: 'has an invalid format',
    additionalProperties: 'is not a known field',
    anyOf: 'does not match any allowed shape',
    oneOf: 'does not match exactly one allowed shape',
    nul: 'must not contain a NUL character (\\u0000)',
    finite: 'must be a finite number',
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
    nul: '不能包含空字符（\\u0000）',
    finite: '必须是有限的数值',
    default: '无效',
  },
};

/** The message of one rule (an Ajv keyword, or one of ours such as `nul`) in the caller's language. */
export function ruleMessage(locale: Locale, rule: string): string {
  return ruleMessages[locale][rule] ?? ruleMessages[locale].default ?? '';
}

/** Turn Ajv's errors into one problem per field, named the way a client sent it. */
export function describeValidationErrors(
  errors: FastifySchemaValidationError[],
  context: string | undefined,
  locale: Locale,
): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const error of withLiteralUnionsAsEnums(errors)) {
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
    const template = ruleMessage(locale, error.keyword);
    const allowed = Array.isArray(params.allowedValues)
      ? params.allowedValues.join(', ')
      : params.allowedValue;
    problems.push({
      field,
      rule: error.keyword,
      message: interpolate(template, { ...params, allowed }, locale),
    });
  }
  return problems;
}

/**
 * A union of literals (`Type.Union([Type.Literal('en'), Type.Literal('zh-CN')])`) fails as one
 * `const` error per branch, then `anyOf`. Read as one `enum` error listing every allowed value,
 * so the field is answered "must be one of: en, zh-CN" rather than by its first branch alone
 * ("must be en").
 */
function withLiteralUnionsAsEnums(
  errors: FastifySchemaValidationError[],
): FastifySchemaValidationError[] {
  const folded = new Set<FastifySchemaValidationError>();
  const replaced = new Map<FastifySchemaValidationError, FastifySchemaValidationError>();
  for (const union of errors) {
    if (union.keyword !== 'anyOf') continue;
    const branchPrefix = `${union.schemaPath}/`;
    const branches = errors.filter(
      (error) =>
        error !== union &&
        error.instancePath === union.instancePath &&
        error.schemaPath.startsWith(branchPrefix),
    );
    const literals = branches.every(
      (error) => error.keyword === 'const' || error.keyword === 'enum',
    );
    if (branches.length === 0 || !literals) continue;
    const allowedValues = branches.flatMap((error) => {
      const params = error.params as { allowedValue?: unknown; allowedValues?: unknown[] };
      return error.keyword === 'const' ? [params.allowedValue] : (params.allowedValues ?? []);
    });
    for (const branch of branches) folded.add(branch);
    replaced.set(union, { ...union, keyword: 'enum', params: { allowedValues } });
  }
  return errors.filter((error) => !folded.has(error)).map((error) => replaced.get(error) ?? error);
}
