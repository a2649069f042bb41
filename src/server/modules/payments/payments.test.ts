import { describe, expect, it } from 'vitest';
import { newReferenceCode } from './providers/reference-code.ts';
import { isValidSignature, signCallback } from './signature.ts';
import { transition } from './status.ts';

describe('payments', () => {
  it('make bank-transfer references that are easy to read out and type', () => {
    const codes = new Set(Array.from({ length: 2000 }, newReferenceCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^KD-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });

  it('accept a callback only with the HMAC of its exact bytes', () => {
    const body = '{"id":"evt_1","type":"payment.succeeded"}';
    const signature = signCallback(body, 'secret');
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(isValidSignature(body, signature, 'secret')).toBe(true);
    expect(
      isValidSignature(body, signature.toUpperCase().replace('SHA256', 'sha256'), 'secret'),
    ).toBe(true);
    expect(isValidSignature(`${body} `, signature, 'secret')).toBe(false);
    expect(isValidSignature(body, signature, 'other')).toBe(false);
    expect(isValidSignature(body, undefined, 'secret')).toBe(false);
    expect(isValidSignature(body, 'sha256=short', 'secret')).toBe(false);
  });

  it('settle once: a succeeded, failed or cancelled payment is final', () => {
    expect(transition('awaiting_confirmation', 'succeeded')).toBe('succeeded');
    expect(() => transition('failed', 'succeeded')).toThrowError('payment.invalid_transition');
    expect(() => transition('succeeded', 'failed')).toThrowError('payment.invalid_transition');
    expect(() => transition('cancelled', 'succeeded')).toThrowError('payment.invalid_transition');
  });
});
