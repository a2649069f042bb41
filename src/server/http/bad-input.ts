import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorLookup, type FieldProblem } from '../errors.ts';
import { DEFAULT_LOCALE, resolveLocale } from '../i18n/locale.ts';
import { sendError } from './error-handler.ts';
import { ruleMessage } from './validation-messages.ts';

/**
 * Refuse what no schema keyword catches, anywhere in what a route reads (body, query, path):
 * a NUL character in a string or key (PostgreSQL cannot store U+0000 in text, and no name,
 * address or slug needs one), and a number that is not finite. `1e309` in a JSON body parses to
 * Infinity, and in a URL Ajv coerces it to Infinity and then skips minimum and maximum, so numbers
 * are looked at again once validation has coerced them. Either is a validation error naming the
 * field, instead of a failure deep in a query.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', inputGuard(['nul', 'finite']));
  app.addHook('preHandler', inputGuard(['finite']));
}

/** A plain callback: a request with nothing to refuse (nearly all) costs one walk, no promise. */
function inputGuard(rules: Unacceptable['rule'][]) {
  const nul = rules.includes('nul');
  return (request: FastifyRequest, _reply: FastifyReply, done: (error?: AppError) => void) => {
    const suspect =
      holdsUnacceptable(request.params, nul) ||
      holdsUnacceptable(request.query, nul) ||
      holdsUnacceptable(request.body, nul);
    done(suspect ? unacceptableInput(request, rules) : undefined);
  };
}

/** Whether anything in the value breaks a rule: a quick look, before the problems are listed. */
function holdsUnacceptable(value: unknown, nul: boolean): boolean {
  if (typeof value === 'string') return nul && value.includes('\u0000');
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return false;
  for (const key of Object.keys(value)) {
    if (nul && key.includes('\u0000')) return true;
    if (holdsUnacceptable((value as Record<string, unknown>)[key], nul)) return true;
  }
  return false;
}

function unacceptableInput(
  request: FastifyRequest,
  rules: Unacceptable['rule'][],
): AppError | undefined {
  const problems: FieldProblem[] = [];
  const sources = { params: request.params, querystring: request.query, body: request.body };
  for (const [context, value] of Object.entries(sources)) {
    for (const { field, rule } of unacceptableValues(value, [])) {
      if (!rules.includes(rule)) continue;
      problems.push({ field: field || context, rule, message: ruleMessage(request.locale, rule) });
    }
  }
  if (problems.length === 0) return undefined;
  return new AppError('validation.failed', problems, {
    fields: problems.map((problem) => problem.field).join(', '),
  });
}

interface Unacceptable {
  field: string;
  rule: 'nul' | 'finite';
}

function unacceptableValues(value: unknown, path: string[]): Unacceptable[] {
  const field = path.join('.');
  if (typeof value === 'string') return value.includes('\u0000') ? [{ field, rule: 'nul' }] : [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [{ field, rule: 'finite' }];
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return [];
  const found: Unacceptable[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const innerPath = [...path, key];
    if (key.includes('\u0000')) found.push({ field: innerPath.join('.'), rule: 'nul' });
    else found.push(...unacceptableValues(inner, innerPath));
  }
  return found;
}

/**
 * Fastify's router errors (a malformed %-escape, a path parameter longer than maxParamLength)
 * arrive before any hook has run, so the language is read from the raw headers here.
 */
export function frameworkErrorHandler(errors: ErrorLookup) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const langCookie = /(?:^|;\s*)lang=([^;]*)/.exec(request.headers.cookie ?? '')?.[1];
    request.locale = resolveLocale(langCookie, request.headers['accept-language']);
    const code = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'http.uri_too_long' : 'http.bad_url';
    return sendError(errors, request, reply, new AppError(code));
  };
}

/**
 * What Node's HTTP parser refuses never becomes a request (an oversized request line or header
 * block, a malformed request); it is still answered in the API's error shape, in the default
 * language since no header could be read.
 */
export function clientErrorHandler(errors: ErrorLookup) {
  return (error: Error & { code?: string }, socket: Socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    if (!socket.writable) {
      socket.destroy(error);
      return;
    }
    const code = clientErrorCode(error);
    const body = JSON.stringify({ error: { code, message: errors.message(code, DEFAULT_LOCALE) } });
    const { status } = errors.definition(code);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Bad Request'}\r\n` +
        'Connection: close\r\n' +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  };
}

// Node allows 16 KiB for the request line and headers together.
const LONG_REQUEST_LINE = 8 * 1024;

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
};

function clientErrorCode(error: Error & { code?: string }): string {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'http.request_timeout';
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    // Most of the limit spent on the request line: it is the URL that is too long.
    const { rawPacket } = error as { rawPacket?: unknown };
    const received = Buffer.isBuffer(rawPacket) ? rawPacket.toString('latin1') : '';
    const lineEnd = received.indexOf('\r\n');
    const requestLine = lineEnd === -1 ? received.length : lineEnd;
    return requestLine >= LONG_REQUEST_LINE ? 'http.uri_too_long' : 'http.headers_too_large';
  }
  return 'http.bad_request';
}
