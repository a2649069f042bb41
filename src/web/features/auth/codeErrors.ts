import { fieldError, hasCode } from '../../ui/errors';

/** A failed code check, worded by the server, to show beside the code field; else undefined. */
export function codeProblem(error: unknown): string | undefined {
  if (hasCode(error, 'auth.code_invalid', 'auth.code_channel_blocked')) return error.message;
  return fieldError(error, 'code');
}
