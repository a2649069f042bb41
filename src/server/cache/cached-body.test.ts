import { describe, expect, it } from 'vitest';
import { acceptedEncoding } from './cached-body.ts';

describe('the encoding a cached body is sent in', () => {
  it('prefers brotli, then gzip, among what the client accepts', () => {
    expect(acceptedEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(acceptedEncoding('gzip, deflate')).toBe('gzip');
    expect(acceptedEncoding('*')).toBe('br');
  });

  it('never sends an encoding the client refused or did not name', () => {
    expect(acceptedEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(acceptedEncoding('*;q=0, identity')).toBeNull();
    expect(acceptedEncoding('deflate')).toBeNull();
    expect(acceptedEncoding(undefined)).toBeNull();
  });
});
