import { Type } from '@sinclair/typebox';
import type { UPLOAD_CONTENT_TYPES, UPLOAD_PURPOSES, Upload } from './schema.ts';

export const UploadPurposeSchema = Type.Union([
  Type.Literal('kyc'),
  Type.Literal('logo'),
  Type.Literal('banner'),
  Type.Literal('product'),
]) satisfies { static: (typeof UPLOAD_PURPOSES)[number] };

export const UploadViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  purpose: UploadPurposeSchema,
  contentType: Type.Union([
    Type.Literal('image/jpeg'),
    Type.Literal('image/png'),
    Type.Literal('image/webp'),
    Type.Literal('application/pdf'),
  ]) satisfies { static: (typeof UPLOAD_CONTENT_TYPES)[number] },
  size: Type.Integer(),
  width: Type.Union([Type.Integer(), Type.Null()]),
  height: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

export function toUploadView(upload: Upload) {
  return {
    id: upload.id,
    purpose: upload.purpose,
    contentType: upload.contentType,
    size: upload.size,
    width: upload.width,
    height: upload.height,
    createdAt: upload.createdAt.toISOString(),
  };
}
