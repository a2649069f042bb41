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
