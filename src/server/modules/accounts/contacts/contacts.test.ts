import { describe, expect, it } from 'vitest';
import { parseEmail } from './email.ts';
import { parseIdentifier } from './identifier.ts';
import { parsePhone } from './phone.ts';

describe('contacts', () => {
  it('normalises e-mail for uniqueness by trimming and lower-casing only', () => {
    expect(parseEmail('  Shop.Owner+CN@Example.COM ')).toEqual({
      display: 'Shop.Owner+CN@Example.COM',
      normalized: 'shop.owner+cn@example.com',
    });
    expect(parseEmail('a.b@example.com').normalized).not.toBe(
      parseEmail('ab@example.com').normalized,
    );
    for (const bad of [
      'no-at-sign',
      'two@@example.com',
      'a@b',
      'spaces in@example.com',
      '@example.com',
    ]) {
      expect(() => parseEmail(bad)).toThrow(
        expect.objectContaining({ code: 'auth.email_invalid' }),
      );
    }
  });

  it('stores phones in E.164, from international or national form with a country', () => {
    expect(parsePhone('+86 138 0013 8000')).toBe('+8613800138000');
    expect(parsePhone('138-0013-8000', 'CN')).toBe('+8613800138000');
    expect(parsePhone('13800138000')).toBe('+8613800138000');
    expect(parsePhone('(202) 555-0143', 'us')).toBe('+12025550143');
    expect(parsePhone('+1 202 555 0143', 'CN')).toBe('+12025550143');
  });

  it('refuses numbers that are not valid mobiles for their country', () => {
    for (const [number, country] of [
      ['12345', 'CN'],
      ['138 0013 800', 'CN'],
      ['010 6552 9988', 'CN'], // a Beijing landline: no SMS
      ['13800138000', 'US'],
      ['13800138000', 'XX'],
    ] as const) {
      expect(() => parsePhone(number, country)).toThrow(
        expect.objectContaining({
          code: 'auth.phone_invalid',
          details: [{ field: 'phone', rule: 'phone' }],
        }),
      );
    }
  });

  it('reads a login identifier as an e-mail when it has an @, else as a phone', () => {
    expect(parseIdentifier('Owner@Example.com')).toMatchObject({
      channel: 'email',
      address: 'owner@example.com',
    });
    expect(parseIdentifier('+86 138 0013 8000')).toMatchObject({
      channel: 'phone',
      address: '+8613800138000',
    });
    expect(parseIdentifier('not an address')).toBeNull();
  });
});
