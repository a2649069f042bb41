import { ApiError } from '../../api';

// POST /api/v1/uploads is multipart, and a person uploading a 10 MB licence over a slow line
// wants to see it move: fetch cannot report upload progress, so this one call uses XHR. It
// answers the way `apiRequest` does (the same ApiError with the server's code and details).

export type UploadPurpose = 'kyc' | 'logo' | 'banner' | 'product';

/** 201 of POST /api/v1/uploads. */
export type Upload = {
  id: string;
  purpose: UploadPurpose;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
  size: number;
  width: number | null;
  height: number | null;
  createdAt: string;
};

/** SPEC §3; the server checks again and decides. */
export const maxUploadBytes = 10 * 1024 * 1024;
export const imageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;

export function uploadFile(
  file: File,
  purpose: UploadPurpose,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/v1/uploads');
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    request.responseType = 'text';

    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        options.onProgress?.(event.loaded / event.total);
      }
    };
    request.onload = () => {
      const payload = parseJson(request.responseText);
      if (request.status === 201 && isUpload(payload)) resolve(payload);
      else reject(errorOf(request, payload));
    };
    request.onerror = () =>
      reject(
        new ApiError({
          status: 0,
          code: 'network.unreachable',
          message: 'The server could not be reached.',
        }),
      );
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });

    const form = new FormData();
    // The purpose first, so the server knows what the file is for before it arrives.
    form.append('purpose', purpose);
    form.append('file', file, file.name);
    request.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isUpload(payload: unknown): payload is Upload {
  return typeof payload === 'object' && payload !== null && 'id' in payload;
}

function errorOf(request: XMLHttpRequest, payload: unknown): ApiError {
  const retryAfter = Number(request.getResponseHeader('retry-after'));
  const retryAfterSeconds =
    Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : undefined;
  const error =
    typeof payload === 'object' && payload !== null && 'error' in payload
      ? (payload.error as { code?: unknown; message?: unknown; details?: unknown })
      : null;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError({
      status: request.status,
      code: error.code,
      message: error.message,
      details: error.details,
      retryAfterSeconds,
    });
  }
  return new ApiError({
    status: request.status,
    code: `http.${request.status}`,
    message: request.statusText || `HTTP ${request.status}`,
    retryAfterSeconds,
  });
}

/** A size in the reader's units: "840 KB", "3.2 MB". */
export function formatBytes(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / 1024 / 1024, 'MB');
  return format(Math.max(1, Math.round(bytes / 1024)), 'KB');
}
