import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchTotpStep, newTotpSecret, totpCodeAt, totpProvisioningUrl } from './totp.ts';
import { operatorSecretBox, secretBoxWithKey } from './totp-secret-box.ts';

const at = (iso: string, offsetSeconds = 0) =>
  new Date(new Date(iso).getTime() + offsetSeconds * 1000);

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B's SHA-1 secret: "12345678901234567890" in base32.
  const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

  it('produces the RFC 6238 test vectors (6 digits, SHA-1, 30 s)', () => {
    expect(totpCodeAt(rfcSecret, new Date(59_000))).toBe('287082');
    expect(totpCodeAt(rfcSecret, new Date(1_111_111_109_000))).toBe('081804');
    expect(totpCodeAt(rfcSecret, new Date(2_000_000_000_000))).toBe('279037');
  });

  it('accepts the current step and one either side, and says which step matched', () => {
    const now = at('2026-05-01T08:00:15Z');
    const step = Math.floor(now.getTime() / 30_000);
    expect(matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, now), now)).toBe(step);
    expect(
      matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, at('2026-05-01T08:00:15Z', -30)), now),
    ).toBe(step - 1);
    expect(
      matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, at('2026-05-01T08:00:15Z', 30)), now),
    ).toBe(step + 1);
    expect(
      matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, at('2026-05-01T08:00:15Z', -60)), now),
    ).toBeNull();
    expect(
      matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, at('2026-05-01T08:00:15Z', 60)), now),
    ).toBeNull();
  });

  it('ignores anything that is not six digits', () => {
    const now = new Date();
    const code = totpCodeAt(rfcSecret, now);
    expect(matchTotpStep(rfcSecret, `${code}0`, now)).toBeNull();
    expect(matchTotpStep(rfcSecret, code.slice(1), now)).toBeNull();
    expect(matchTotpStep(rfcSecret, 'abcdef', now)).toBeNull();
  });

  it('makes 160-bit secrets and a provisioning URL apps understand', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(totpProvisioningUrl(secret, 'ops@example.com')).toBe(
      `otpauth://totp/Kaidian:ops%40example.com?issuer=Kaidian&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
  });
});

describe('TOTP secrets at rest', () => {
  it('are sealed with AES-GCM and open only with the same key', () => {
    const box = secretBoxWithKey(randomBytes(32));
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');

    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}A`;
    expect(() => box.open(tampered)).toThrow();
    expect(() => secretBoxWithKey(randomBytes(32), '/data/secrets/k').open(sealed)).toThrow(
      /sealed with key [0-9a-f]{12}, but \/data\/secrets\/k is key [0-9a-f]{12}/,
    );
  });

  it('use one key file per DATA_DIR, created private on first use', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-key-'));
    try {
      const [first, second] = await Promise.all([
        operatorSecretBox(dataDir),
        operatorSecretBox(dataDir),
      ]);
      expect(second.open(first.seal('X'))).toBe('X');
      const keyFile = path.join(dataDir, 'secrets', 'operator-totp.key');
      expect((await fs.stat(keyFile)).mode & 0o777).toBe(0o600);
      expect((await fs.stat(path.dirname(keyFile))).mode & 0o777).toBe(0o700);
      expect(Buffer.from((await fs.readFile(keyFile, 'utf8')).trim(), 'base64')).toHaveLength(32);
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
