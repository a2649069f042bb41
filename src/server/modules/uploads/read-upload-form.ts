import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { AppError, type FieldProblem } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MAX_UPLOAD_BYTES } from './limits.ts';
import { UPLOAD_PURPOSES } from './schema.ts';

export interface UploadForm {
  purpose: string | undefined;
  file: Buffer | undefined;
}

/**
 * The multipart fields `purpose` and `file`, in either order. The file is counted while it
 * streams in and refused the moment it passes the limit, so an oversized upload is never held
 * in memory whole.
 */
export async function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  const form: UploadForm = { purpose: undefined, file: undefined };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === 'purpose') form.purpose = String(part.value);
      } else if (part.fieldname === 'file' && !form.file) {
        form.file = await readWithin(part.file, MAX_UPLOAD_BYTES);
      } else {
        part.file.resume();
      }
    }
  } catch (error) {
    throw asFormError(error);
  }
  return form;
}

/**
 * The multipart parser (busboy) throws plain errors for a body that is not multipart at all: no
 * boundary, a boundary that never appears, a body cut short, garbage. Those are the client's
 * doing and get one stable 400; limits keep their own codes through the error handler.
 */
export function asFormError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const { statusCode, code } = (error ?? {}) as { statusCode?: number; code?: string };
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new AppError('upload.not_multipart');
  if (statusCode && statusCode >= 400 && statusCode < 500) return error;
  return new AppError('upload.malformed_form');
}

async function readWithin(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      stream.destroy();
      throw new AppError('upload.too_large', undefined, { limitMb: maxBytes / 1024 / 1024 });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const FIELD_MESSAGES = {
  en: { required: 'is required', purpose: `must be one of: ${UPLOAD_PURPOSES.join(', ')}` },
  'zh-CN': { required: '为必填项', purpose: `只能是以下之一：${UPLOAD_PURPOSES.join(', ')}` },
} as const;

/** The form's fields named the way schema validation names them, in the caller's language. */
export function uploadFormProblems(form: UploadForm, locale: Locale): FieldProblem[] {
  const messages = FIELD_MESSAGES[locale];
  const problems: FieldProblem[] = [];
  if (form.purpose === undefined) {
    problems.push({ field: 'purpose', rule: 'required', message: messages.required });
  } else if (!(UPLOAD_PURPOSES as readonly string[]).includes(form.purpose)) {
    problems.push({ field: 'purpose', rule: 'enum', message: messages.purpose });
  }
  if (!form.file || form.file.length === 0) {
    problems.push({ field: 'file', rule: 'required', message: messages.required });
  }
  return problems;
}

export function invalidUploadForm(problems: FieldProblem[]): AppError {
  return new AppError('validation.failed', problems, {
    fields: problems.map((problem) => problem.field).join(', '),
  });
}
