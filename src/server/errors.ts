import { interpolate } from './i18n/format.ts';
import type { Locale } from './i18n/locale.ts';

/** One entry of the error catalogue: the HTTP status and the message in every language. */
export interface ErrorDefinition {
  status: number;
  en: string;
  'zh-CN': string;
}

export type ErrorCatalog = Record<string, ErrorDefinition>;

/** Typed helper so each module's errors.ts is checked against the catalogue's shape. */
export const defineErrors = <T extends ErrorCatalog>(catalog: T): T => catalog;

/** What answering an error needs of a catalogue: a code's status and its message in a language. */
export interface ErrorLookup {
  /** The code's definition; a code no errors.ts defines is a bug, so it throws. */
  definition(code: string): ErrorDefinition;
  has(code: string): boolean;
  message(code: string, locale: Locale, params?: Record<string, unknown>): string;
  codes(): string[];
}

/**
 * Lookups over one catalogue: the app builds it once from the composed modules' codes
 * (composition.errors in app-modules.ts), a module's test from that module's errors.ts.
 */
export function errorLookup(catalog: ErrorCatalog): ErrorLookup {
  const definition = (code: string): ErrorDefinition => {
    const found = Object.hasOwn(catalog, code) ? catalog[code] : undefined;
    if (!found) throw new Error(`unknown error code ${code}: add it to a module's errors.ts`);
    return found;
  };
  return {
    definition,
    has: (code) => Object.hasOwn(catalog, code),
    message: (code, locale, params = {}) => interpolate(definition(code)[locale], params, locale),
    codes: () => Object.keys(catalog),
  };
}

/**
 * The one error type domain code throws. `code` is stable (`module.reason`) and is what clients
 * branch on; the message is looked up in the caller's language when the error is answered.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly details?: unknown,
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

export type MessageLookup = (locale: Locale) => string;
