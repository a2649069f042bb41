import { DrizzleQueryError } from 'drizzle-orm/errors';
import { stdSerializers } from 'pino';

/** Enough of a failed query's SQL to find it in the code; a runaway query is not logged whole. */
const MAX_QUERY_CHARS = 500;

/**
 * A failed query as the log may keep it: drizzle's error carries the SQL and every bound
 * parameter (e-mail addresses, phone numbers, names, tokens), in its message too. The log gets
 * the start of the SQL, PostgreSQL's error code and message, and the stack; never the
 * parameters, nor PostgreSQL's `detail` (which quotes the offending values).
 */
export function loggableError(error: unknown): unknown {
  if (typeof error === 'string') return withoutParams(error);
  if (!(error instanceof Error)) return error;
  if (!(error instanceof DrizzleQueryError)) {
    const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
    if (typeof serialized.message === 'string')
      serialized.message = withoutParams(serialized.message);
    delete serialized.detail;
    return serialized;
  }
  const cause = error.cause as
    | { code?: string; message?: string; severity?: string; constraint?: string; table?: string }
    | undefined;
  return {
    type: 'DrizzleQueryError',
    message: `Failed query: ${truncate(error.query)}`,
    stack: error.stack?.replace(error.message, `Failed query: ${truncate(error.query)}`),
    ...(cause && {
      cause: {
        code: cause.code,
        message: cause.message,
        severity: cause.severity,
        constraint: cause.constraint,
        table: cause.table,
      },
    }),
  };
}

/** Pino serializers: every `err` and `error` a log line carries goes through loggableError. */
export const errorSerializers = { err: loggableError, error: loggableError };

function truncate(query: string): string {
  return query.length > MAX_QUERY_CHARS ? `${query.slice(0, MAX_QUERY_CHARS)}…` : query;
}

/** drizzle's message is "Failed query: <sql>\nparams: <params>": keep what comes before. */
function withoutParams(message: string): string {
  const cut = message.indexOf('\nparams:');
  return truncate(cut === -1 ? message : message.slice(0, cut));
}
