import { apiErrorOf, unreachable } from './client';
import type { ResponseOf } from './contract';

// POST /api/v1/uploads is multipart, and a person uploading a 10 MB licence over a slow line
// wants to see it move: fetch cannot report upload progress, so this one call uses XHR. It
// answers the way the client does (the same ApiError with the server's code and details).

/** 201 of POST /api/v1/uploads. */
export type Upload = ResponseOf<'postUploads', 201>;
export type UploadPurpose = Upload['purpose'];

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
      else {
        const { status, statusText } = request;
        const retryAfter = request.getResponseHeader('retry-after');
        reject(apiErrorOf({ status, statusText, retryAfter }, payload));
      }
    };
    request.onerror = () => reject(unreachable());
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
