import { AppError } from '../../../errors.ts';
import type { ContactChannel } from '../schema.ts';
import { parseEmail } from './email.ts';
import { parsePhone } from './phone.ts';

export interface ContactAddress {
  channel: ContactChannel;
  /** Normalised e-mail or E.164 phone. */
  address: string;
  /** What to show and send to (the e-mail as typed, trimmed; the E.164 phone). */
  display: string;
}

export function emailAddress(input: string, field = 'email'): ContactAddress {
  const email = parseEmail(input, field);
  return { channel: 'email', address: email.normalized, display: email.display };
}

export function phoneAddress(input: string, country?: string, field = 'phone'): ContactAddress {
  const phone = parsePhone(input, country, field);
  return { channel: 'phone', address: phone, display: phone };
}

/** An `{ email | phone, country? }` body: exactly one of the two. */
export function contactFromBody(body: {
  email?: string | undefined;
  phone?: string | undefined;
  country?: string | undefined;
}): ContactAddress {
  if ((body.email === undefined) === (body.phone === undefined)) {
    throw new AppError('auth.email_or_phone_required');
  }
  return body.email !== undefined
    ? emailAddress(body.email)
    : phoneAddress(body.phone as string, body.country);
}

/** A login or reset identifier: an e-mail if it has an "@", otherwise a phone number. */
export function parseIdentifier(identifier: string, country?: string): ContactAddress | null {
  try {
    return identifier.includes('@')
      ? emailAddress(identifier, 'identifier')
      : phoneAddress(identifier, country, 'identifier');
  } catch {
    return null;
  }
}
