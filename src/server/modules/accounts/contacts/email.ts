import { AppError } from '../../../errors.ts';

export interface ParsedEmail {
  /** Trimmed, as typed: what we show and send to. */
  display: string;
  /** Trimmed and lower-cased: what uniqueness is checked on. Dots and plus tags are kept. */
  normalized: string;
}

// Deliberately loose: one @, something on both sides, a dot in the domain, no spaces. The code
// sent to the address is the real test of whether it works.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function parseEmail(input: string, field = 'email'): ParsedEmail {
  const display = input.trim();
  if (display.length > 254 || !EMAIL_SHAPE.test(display)) {
    throw new AppError('auth.email_invalid', [{ field, rule: 'email' }]);
  }
  return { display, normalized: display.toLowerCase() };
}
