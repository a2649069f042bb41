import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits: the cookie value. Only its hash is stored, so a database leak signs nobody in. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
