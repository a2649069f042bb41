import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/client.ts';
import { AppError, type ErrorLookup } from '../errors.ts';
import { renderProblemPage } from '../web/page.ts';
import { undeclaredError } from './openapi-contract.ts';
import { describeValidationErrors } from './validation-messages.ts';

// Under test, a route that answers a 409, 422 or 429 its `errors` list does not name fails loudly
// (a 500 and the reason in the log), so the API document cannot drift from what routes answer. A
// route without a list declares none: it may answer none of them.
const STRICT_DECLARED_ERRORS = process.env.NODE_ENV === 'test';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route answers a page a person reads in a browser (the storefront), not the API: its
     * errors are pages too, with the same status and message as the API's JSON error.
     */
    page?: true;
  }
}

/** What a client is told to wait while the database is away (a restart takes a few seconds). */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The one place an error becomes a response: `{ error: { code, message, details? } }`. */
export function registerErrorHandler(app: FastifyInstance, errors: ErrorLookup): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    let appError = toAppError(errors, error, request);
    const declared = request.routeOptions.config?.errors ?? [];
    if (STRICT_DECLARED_ERRORS) {
      const undeclared = undeclaredError(errors, appError.code, declared);
      if (undeclared) {
        request.log.error(
          { route: request.routeOptions.url, code: undeclared },
          'route answered an error code its errors list does not declare',
        );
        // In the answer too: tests run without a log.
        appError = new AppError('internal', {
          undeclaredErrorCode: undeclared,
          route: request.routeOptions.url,
        });
      }
    }
    const { status } = errors.definition(appError.code);
    if (appError.code === 'database.unavailable') {
      // Expected while the database restarts: one line per request, not a stack trace each.
      request.log.warn({ error: (error as Error).message }, 'database unavailable');
    } else if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    return sendError(errors, request, reply, appError);
  });
}

export function sendError(
  errors: ErrorLookup,
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
) {
  const { status } = errors.definition(error.code);
  if (error.params.retryAfter !== undefined)
    reply.header('Retry-After', String(error.params.retryAfter));
  const message = errors.message(error.code, request.locale, error.params);
  if (request.routeOptions.config?.page) {
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .send(renderProblemPage(request.locale, status, message, problemMessages(error.details)));
  }
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({
      error: {
        code: error.code,
        message,
        ...(error.details === undefined ? {} : { details: error.details }),
      },
    });
}

function toAppError(
  errors: ErrorLookup,
  error: FastifyError | AppError,
  request: FastifyRequest,
): AppError {
  if (error instanceof AppError) {
    return errors.has(error.code) ? error : new AppError('internal');
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError('database.unavailable', undefined, {
      retryAfter: DATABASE_RETRY_AFTER_SECONDS,
    });
  }
  if (error.validation) {
    const details = describeValidationErrors(
      error.validation,
      error.validationContext,
      request.locale,
    );
    return new AppError('validation.failed', details, {
      fields: details.map((problem) => problem.field).join(', '),
    });
  }
  if (isInvalidInputFromDatabase(error)) return new AppError('http.invalid_input');
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('http.invalid_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
      return new AppError('http.payload_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('http.unsupported_media_type');
  }
  const status = error.statusCode ?? 500;
  if (status === 404) return new AppError('http.not_found');
  if (status === 405) return new AppError('http.method_not_allowed');
  if (status === 413) return new AppError('http.payload_too_large');
  if (status === 415) return new AppError('http.unsupported_media_type');
  if (status === 429) return new AppError('http.rate_limited');
  if (status >= 400 && status < 500) return new AppError('http.bad_request');
  return new AppError('internal');
}

/**
 * PostgreSQL's answers to input it cannot take (a character its encoding cannot hold, a number
 * out of range, text that is not a valid uuid, number or date) mean the client's input reached the
 * database unchecked: a 400, never a 500. Schemas should refuse these first; this is the backstop.
 */
const INVALID_INPUT_SQLSTATES = new Set([
  '22001', // string_data_right_truncation
  '22003', // numeric_value_out_of_range
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22021', // character_not_in_repertoire (NUL in text)
  '22P02', // invalid_text_representation
  '22P05', // untranslatable_character
]);

function isInvalidInputFromDatabase(error: unknown): boolean {
  for (let current = error; current instanceof Object; current = (current as Caused).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && INVALID_INPUT_SQLSTATES.has(code)) return true;
  }
  return false;
}

interface Caused {
  cause?: unknown;
}

/** The message of each field problem an error carries (validation details), for a page. */
function problemMessages(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((detail) =>
    typeof detail?.message === 'string' ? [detail.message as string] : [],
  );
}
