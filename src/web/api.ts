// Path-string calls over the one typed client (api/client.ts), for the pages that do not yet
// call it by operation. Their answers are typed with the contract's types (api/contract.ts).
import { client } from './api/client';

export { ApiError } from './api/client';

const apiBase = '/api/v1';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type ApiPath = `/${string}`;
type RequestOptions = { signal?: AbortSignal };
/** The untyped face of the client: any path under /api/v1, the answer typed by the caller. */
type LooseRequest = (
  method: Method,
  url: string,
  init: { body?: unknown; signal?: AbortSignal | undefined },
) => Promise<{ data?: unknown }>;

export async function apiRequest<T>(
  method: Method,
  path: ApiPath,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const request = client.request as unknown as LooseRequest;
  const { data } = await request(method, `${apiBase}${path}`, { body, signal: options.signal });
  return data as T;
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
