import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: the code is read off a screen and typed into a bank's transfer form.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A bank-transfer reference like KD-7F3K-92QD: about 40 bits from a CSPRNG. */
export function newReferenceCode(): string {
  const group = () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `KD-${group()}-${group()}`;
}
