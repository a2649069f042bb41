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
