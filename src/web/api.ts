// JSON client for the public API. Every UI feature talks to the server through `api`, so
// the UI never does anything an integrator could not do with the same calls.

const apiBase = '/api/v1';

type ApiErrorInit = {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  retryAfterSeconds?: number | undefined;
};

/** A failed call, carrying the server's stable error code and its localised message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** From the Retry-After header of a 429 (or 503): how long to wait before asking again. */
  readonly retryAfterSeconds: number | undefined;

  constructor({ status, code, message, details, retryAfterSeconds }: ApiErrorInit) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type ApiPath = `/${string}`;
type RequestOptions = { signal?: AbortSignal };

export async function apiRequest<T>(
  method: Method,
  path: ApiPath,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${apiBase}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      // The session lives in an HttpOnly cookie.
      credentials: 'include',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({
      status: 0,
      code: 'network.unreachable',
      message: 'The server could not be reached.',
    });
  }

  const payload = await readJson(response);
  if (!response.ok) throw errorFromResponse(response, payload);
  if (payload === invalidJson) {
    throw new ApiError({
      status: response.status,
      code: 'network.invalid_response',
      message: 'The server sent a response that is not JSON.',
    });
  }
  return payload as T;
}

export const api = {
  get: <T>(path: ApiPath, options?: RequestOptions) =>
    apiRequest<T>('GET', path, undefined, options),
  post: <T>(path: ApiPath, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, body, options),
  put: <T>(path: ApiPath, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('PUT', path, body, options),
  patch: <T>(path: ApiPath, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('PATCH', path, body, options),
  delete: <T>(path: ApiPath, options?: RequestOptions) =>
    apiRequest<T>('DELETE', path, undefined, options),
};

const invalidJson = Symbol('invalid JSON');

/** Empty bodies (204, 202 without content) read as `undefined`. */
async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return invalidJson;
  }
}

type ErrorBody = { error: { code: string; message: string; details?: unknown } };

function isErrorBody(payload: unknown): payload is ErrorBody {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return false;
  const error = payload.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

function errorFromResponse(response: Response, payload: unknown): ApiError {
  const retryAfterSeconds = retryAfterOf(response);
  if (isErrorBody(payload)) {
    const { code, message, details } = payload.error;
    return new ApiError({ status: response.status, code, message, details, retryAfterSeconds });
  }
  // A proxy or gateway answered instead of the app; keep the status so callers can react.
  return new ApiError({
    status: response.status,
    code: `http.${response.status}`,
    message: response.statusText || `HTTP ${response.status}`,
    retryAfterSeconds,
  });
}

/** Retry-After in seconds (the server sends delta-seconds, never an HTTP date). */
function retryAfterOf(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}
