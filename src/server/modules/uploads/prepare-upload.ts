import { AppError } from '../../errors.ts';
import { assertPlainPdf } from './check-pdf.ts';
import { type ImageVariant, makeProductImageVariants } from './product-image-variants.ts';
import { sanitizeImage } from './sanitize-image.ts';
import type { UploadContentType, UploadPurpose } from './schema.ts';
import { isAcceptedFor, sniffContentType } from './sniff-content-type.ts';

export interface PreparedUpload {
  data: Buffer;
  contentType: UploadContentType;
  width: number | null;
  height: number | null;
  /** Resized copies stored beside the file (product images: grid, page, thumbnail). */
  variants?: ImageVariant[];
}

/** From the bytes a merchant sent to the bytes that are stored: sniffed, checked, re-encoded. */
export async function prepareUpload(
  bytes: Buffer,
  purpose: UploadPurpose,
): Promise<PreparedUpload> {
  const contentType = sniffContentType(bytes);
  if (!contentType || !isAcceptedFor(purpose, contentType)) {
    throw new AppError('upload.unsupported_type');
  }
  if (contentType === 'application/pdf') {
    // A PDF cannot be re-encoded like an image; it is parsed, inspected and kept as sent.
    await assertPlainPdf(bytes);
    return { data: bytes, contentType, width: null, height: null };
  }
  const image = await sanitizeImage(bytes, contentType);
  if (purpose !== 'product') return image;
  return { ...image, variants: await makeProductImageVariants(image.data) };
}
