import type { ErrorCatalog, ErrorDefinition } from './errors.ts';
import { foundationErrors } from './foundation-errors.ts';
import { interpolate } from './i18n/format.ts';
import type { Locale } from './i18n/locale.ts';
import { accountErrors } from './modules/accounts/errors.ts';
import { growthErrors } from './modules/growth/errors.ts';
import { kycErrors } from './modules/kyc/errors.ts';
import { ledgerErrors } from './modules/ledger/errors.ts';
import { operatorErrors } from './modules/operators/errors.ts';
import { paymentErrors } from './modules/payments/errors.ts';
import { sessionErrors } from './modules/sessions/errors.ts';
import { storeErrors } from './modules/stores/errors.ts';
import { uploadErrors } from './modules/uploads/errors.ts';

/**
 * The one code → HTTP status (and message) table. Each module keeps its codes in its own
 * errors.ts; they are merged here so no code can be defined twice.
 */
const catalog: ErrorCatalog = mergeCatalogs([
  foundationErrors,
  sessionErrors,
  ledgerErrors,
  accountErrors,
  growthErrors,
  operatorErrors,
  uploadErrors,
  kycErrors,
  storeErrors,
  paymentErrors,
]);

function mergeCatalogs(parts: ErrorCatalog[]): ErrorCatalog {
  const merged: ErrorCatalog = {};
  for (const part of parts) {
    for (const [code, definition] of Object.entries(part)) {
      if (code in merged) throw new Error(`error code ${code} is defined twice`);
      merged[code] = definition;
    }
  }
  return merged;
}

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
