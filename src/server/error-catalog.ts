import { composition } from './app-modules.ts';
import type { ErrorDefinition } from './errors.ts';
import { interpolate } from './i18n/format.ts';
import type { Locale } from './i18n/locale.ts';

// The one code → HTTP status (and message) table, merged once at start from every module's
// manifest and the foundation's HTTP-level codes (see app-modules.ts); a code defined twice
// stops start-up there.
const catalog = composition.errors;

export function errorDefinition(code: string): ErrorDefinition {
  const definition = catalog[code];
  if (!definition) throw new Error(`unknown error code ${code}: add it to a module's errors.ts`);
  return definition;
}

export function isKnownErrorCode(code: string): boolean {
  return code in catalog;
}

export function errorMessage(
  code: string,
  locale: Locale,
  params: Record<string, unknown> = {},
): string {
  return interpolate(errorDefinition(code)[locale], params);
}

export function allErrorCodes(): string[] {
  return Object.keys(catalog);
}
