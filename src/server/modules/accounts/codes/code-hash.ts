import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Six digits from the CSPRNG; leading zeros are part of the code. */
export function newCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

export function newSalt(): Buffer {
  return randomBytes(16);
}

/** HMAC-SHA256 keyed by the code's own random salt: a leaked table does not list the codes. */
export function hashCode(code: string, salt: Buffer): Buffer {
  return createHmac('sha256', salt).update(code).digest();
}

export function codeMatches(code: string, salt: Buffer, expectedHash: Buffer): boolean {
  const actual = hashCode(code, salt);
  return actual.length === expectedHash.length && timingSafeEqual(actual, expectedHash);
}
