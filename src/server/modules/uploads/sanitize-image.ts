import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../errors.ts';
import { MAX_IMAGE_PIXELS } from './limits.ts';
import type { UploadContentType } from './schema.ts';

export type ImageContentType = Exclude<UploadContentType, 'application/pdf'>;

export interface SanitizedImage {
  data: Buffer;
  contentType: ImageContentType;
  width: number;
  height: number;
}

const SHARP_FORMAT = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/**
 * Re-encode an uploaded image: upright by its EXIF orientation, then written afresh in the same
 * format with no metadata at all (EXIF, GPS, XMP, ICC, comments), so nothing the camera or an
 * attacker put beside the pixels survives.
 */
export async function sanitizeImage(
  bytes: Buffer,
  contentType: ImageContentType,
): Promise<SanitizedImage> {
  await assertPixelCountFromHeader(bytes, contentType);
  try {
    // limitInputPixels again: the decoder itself refuses what the header check let through.
    const pipeline = sharp(bytes, {
      limitInputPixels: MAX_IMAGE_PIXELS,
      failOn: 'error',
    }).autoOrient();
    const encoded =
      contentType === 'image/jpeg'
        ? pipeline.jpeg({ quality: 90, mozjpeg: true })
        : contentType === 'image/png'
          ? pipeline.png()
          : pipeline.webp({ quality: 90 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, contentType, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('upload.unreadable');
  }
}

/**
 * The pixel limit checked from the image header alone, before anything is decoded: a small file
 * can declare an enormous image (a decompression bomb), and decoding it first is the attack.
 */
async function assertPixelCountFromHeader(
  bytes: Buffer,
  contentType: ImageContentType,
): Promise<void> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError('upload.unreadable');
  }
  if (metadata.format !== SHARP_FORMAT[contentType] || !metadata.width || !metadata.height) {
    throw new AppError('upload.unreadable');
  }
  if (metadata.width * metadata.height > MAX_IMAGE_PIXELS) {
    throw new AppError('upload.too_many_pixels', undefined, {
      limitMegapixels: MAX_IMAGE_PIXELS / 1_000_000,
    });
  }
}
