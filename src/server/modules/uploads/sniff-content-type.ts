import type { UploadContentType, UploadPurpose } from './schema.ts';

/**
 * What the bytes are, by their magic numbers; the file name and the declared type are never
 * consulted, so an HTML page named photo.png is just "not an accepted type".
 */
export function sniffContentType(bytes: Buffer): UploadContentType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (
    bytes.length >= 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  ) {
    return 'image/webp';
  }
  if (bytes.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

/** PDFs are accepted only as identity documents (a scanned business licence). */
export function isAcceptedFor(purpose: UploadPurpose, type: UploadContentType): boolean {
  return type !== 'application/pdf' || purpose === 'kyc';
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
