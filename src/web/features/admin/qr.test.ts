import { describe, expect, it } from 'vitest';
import {
  dataCodewordsFor,
  encodeQr,
  formatBits,
  reedSolomonDivisor,
  reedSolomonRemainder,
  versionBits,
} from './qr';

// The encoder checked against published values (ISO/IEC 18004 annexes, and the well-known
// "HELLO WORLD" 1-M example), then read back: the format information, the codewords in the
// standard's placement order, each block's error correction, and the text.

describe('the QR code of an otpauth:// URL', () => {
  it('computes Reed–Solomon error correction as the standard’s worked example does', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(reedSolomonRemainder(data, reedSolomonDivisor(10))).toEqual([
      196, 35, 39, 119, 235, 215, 231, 226, 93, 23,
    ]);
  });

  it('writes the format information of level M for every mask (BCH 15,5)', () => {
    const published = [
      '101010000010010',
      '101000100100101',
      '101111001111100',
      '101101101001011',
      '100010111111001',
      '100000011001110',
      '100111110010111',
      '100101010100000',
    ];
    expect(published.map((_, mask) => formatBits(mask).toString(2).padStart(15, '0'))).toEqual(
      published,
    );
  });

  it('writes the version information of versions 7 and up (BCH 18,6)', () => {
    expect(versionBits(7).toString(2).padStart(18, '0')).toBe('000111110010010100');
    expect(versionBits(8).toString(2).padStart(18, '0')).toBe('001000010110111100');
  });

  it('reads back as the URL it encodes, with every block’s error correction intact', () => {
    const url =
      'otpauth://totp/Kaidian:op-1a2b3c4d%40kaidian.test?issuer=Kaidian&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30';
    const modules = encodeQr(url);
    const size = modules.length;
    const version = (size - 17) / 4;
    expect(version).toBe(8);
    const dark = (x: number, y: number) => modules[y]?.[x] === true;

    // Three finder patterns, and the timing patterns between them.
    for (const [x, y] of [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ] as const) {
      expect(dark(x, y) && dark(x + 6, y + 6) && dark(x + 3, y + 3) && !dark(x + 1, y + 1)).toBe(
        true,
      );
    }
    for (let i = 8; i < size - 8; i++) expect(dark(i, 6)).toBe(i % 2 === 0);

    // Format information: both copies agree and name level M.
    let first = 0;
    for (let i = 0; i <= 5; i++) first |= Number(dark(8, i)) << i;
    first |= Number(dark(8, 7)) << 6;
    first |= Number(dark(8, 8)) << 7;
    first |= Number(dark(7, 8)) << 8;
    for (let i = 9; i < 15; i++) first |= Number(dark(14 - i, 8)) << i;
    let second = 0;
    for (let i = 0; i < 8; i++) second |= Number(dark(size - 1 - i, 8)) << i;
    for (let i = 8; i < 15; i++) second |= Number(dark(8, size - 15 + i)) << i;
    expect(second).toBe(first);
    const mask = [0, 1, 2, 3, 4, 5, 6, 7].find((candidate) => formatBits(candidate) === first);
    expect(mask).toBeDefined();

    // The data: function modules (finders, separators, timing, alignment, format, version) aside.
    const reserved = modules.map((row) => row.map(() => false));
    const reserve = (x0: number, y0: number, width: number, height: number) => {
      for (let y = y0; y < y0 + height; y++)
        for (let x = x0; x < x0 + width; x++) (reserved[y] as boolean[])[x] = true;
    };
    reserve(0, 0, 9, 9);
    reserve(size - 8, 0, 8, 9);
    reserve(0, size - 8, 9, 8);
    reserve(6, 0, 1, size);
    reserve(0, 6, size, 1);
    for (const y of [6, 24, 42])
      for (const x of [6, 24, 42]) {
        if ((x === 6 && y === 6) || (x === 42 && y === 6) || (x === 6 && y === 42)) continue;
        reserve(x - 2, y - 2, 5, 5);
      }
    reserve(size - 11, 0, 3, 6);
    reserve(0, size - 11, 6, 3);
    const masked = (x: number, y: number) => {
      switch (mask) {
        case 0:
          return (x + y) % 2 === 0;
        case 1:
          return y % 2 === 0;
        case 2:
          return x % 3 === 0;
        case 3:
          return (x + y) % 3 === 0;
        case 4:
          return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
        case 5:
          return ((x * y) % 2) + ((x * y) % 3) === 0;
        case 6:
          return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0;
        default:
          return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0;
      }
    };
    const bits: number[] = [];
    for (let right = size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      for (let vertical = 0; vertical < size; vertical++) {
        for (let j = 0; j < 2; j++) {
          const x = right - j;
          const y = ((right + 1) & 2) === 0 ? size - 1 - vertical : vertical;
          if (!reserved[y]?.[x]) bits.push(Number(dark(x, y) !== masked(x, y)));
        }
      }
    }
    const codewords: number[] = [];
    for (let i = 0; i + 8 <= bits.length; i += 8) {
      codewords.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
    }
    // Version 8-M: 242 codewords in 2 blocks of 38 + 2 of 39 data codewords, 22 EC each.
    expect(codewords).toHaveLength(242);
    const dataLengths = [38, 38, 39, 39];
    const blocks = dataLengths.map((length) => ({
      data: [] as number[],
      ecc: [] as number[],
      length,
    }));
    let k = 0;
    for (let i = 0; i < 39; i++)
      for (const block of blocks) if (i < block.length) block.data.push(codewords[k++] as number);
    for (let i = 0; i < 22; i++)
      for (const block of blocks) block.ecc.push(codewords[k++] as number);
    for (const block of blocks) {
      expect(reedSolomonRemainder(block.data, reedSolomonDivisor(22))).toEqual(block.ecc);
    }
    const data = blocks.flatMap((block) => block.data);
    expect(data).toEqual(dataCodewordsFor(new TextEncoder().encode(url), 8));
    // Byte mode, the length, then the bytes of the URL.
    expect((data[0] as number) >> 4).toBe(0b0100);
    const length = (((data[0] as number) & 0x0f) << 4) | ((data[1] as number) >> 4);
    expect(length).toBe(url.length);
    const bytes = Array.from(
      { length },
      (_, i) => ((((data[1 + i] as number) & 0x0f) << 4) | ((data[2 + i] as number) >> 4)) & 0xff,
    );
    expect(new TextDecoder().decode(new Uint8Array(bytes))).toBe(url);
  });
});
