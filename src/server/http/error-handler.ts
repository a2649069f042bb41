import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorDefinition, errorMessage, isKnownErrorCode } from '../error-catalog.ts';
import { AppError } from '../errors.ts';
import { describeValidationErrors } from './validation-messages.ts';

/** The one place an error becomes a response: `{ error: { code, message, details? } }`. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const appError = toAppError(error, request);
    const { status } = errorDefinition(appError.code);
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    return sendError(request, reply, appError);
  });
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const { status } = errorDefinition(error.code);
  if (error.params.retryAfter !== undefined)
    reply.header('Retry-After', String(error.params.retryAfter));
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({
      error: {
        code: error.code,
        message: errorMessage(error.code, request.locale, error.params),
        ...(error.details === undefined ? {} : { details: error.details }),
      },
    });
}

function toAppError(error: FastifyError | AppError, request: FastifyRequest): AppError {
  if (error instanceof AppError) {
    return isKnownErrorCode(error.code) ? error : new AppError('internal');
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
  switch (error.code) {
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
