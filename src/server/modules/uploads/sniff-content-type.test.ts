import { describe, expect, it } from 'vitest';
import { isAcceptedFor, sniffContentType } from './sniff-content-type.ts';

describe('sniffing the type of an upload from its bytes', () => {
  it('recognises JPEG, PNG, WebP and PDF by their magic numbers', () => {
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 0]))).toBe('image/jpeg');
    expect(
      sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
    ).toBe('image/png');
    expect(sniffContentType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe(
      'image/webp',
    );
    expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('knows nothing else: markup, scripts, GIF, SVG, a RIFF that is not WebP, an empty file', () => {
    for (const text of [
      '<html><script>alert(1)</script>',
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'GIF89a',
      'RIFF\x10\x00\x00\x00WAVEfmt ',
      ' %PDF-1.7',
      '',
    ]) {
      expect(sniffContentType(Buffer.from(text, 'latin1')), text).toBeNull();
    }
  });

  it('takes PDFs only for verification documents', () => {
    expect(isAcceptedFor('kyc', 'application/pdf')).toBe(true);
    for (const purpose of ['logo', 'banner', 'product'] as const) {
      expect(isAcceptedFor(purpose, 'application/pdf')).toBe(false);
      expect(isAcceptedFor(purpose, 'image/webp')).toBe(true);
    }
  });
});
