import { ApiError } from '../api/client';

/** One problem with one field, as the server reports it in `error.details`. */
export type FieldProblem = { field: string; rule?: string; message?: string };

export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.filter(
    (detail): detail is FieldProblem =>
      typeof detail === 'object' && detail !== null && typeof detail.field === 'string',
  );
}

/** The message for `field` (or one of its items, `field.0`), if the error names it. */
export function fieldError(error: unknown, field: string): string | undefined {
  const problem = fieldProblems(error).find(
    (detail) => detail.field === field || detail.field.startsWith(`${field}.`),
  );
  if (!problem) return undefined;
  // Some problems only name the field; the error's own message then says what is wrong.
  return problem.message ?? (error as ApiError).message;
}

export function hasCode(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && codes.includes(error.code);
}

/** The session ended (expired, revoked elsewhere): the page should send the merchant to sign in. */
export const isSignedOutError = (error: unknown) => hasCode(error, 'auth.required');

export const isReauthRequired = (error: unknown) => hasCode(error, 'auth.reauth_required');
