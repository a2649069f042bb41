import * as OTPAuth from 'otpauth';

/** RFC 6238 as every authenticator app speaks it: SHA-1, 6 digits, 30-second steps. */
const TOTP_SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** One step either side: tolerates a phone clock half a minute off, and a code typed late. */
const ACCEPTED_DRIFT_STEPS = 1;
const ISSUER = 'Kaidian';

/** A new 160-bit shared secret (RFC 4226's recommended size), base32 as apps expect it. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** The otpauth:// URL an authenticator app scans (as a QR code) or imports. */
export function totpProvisioningUrl(secretBase32: string, accountName: string): string {
  return totpFor(secretBase32, accountName).toString();
}

/** The code for a moment; tests and the command line's checks use it. */
export function totpCodeAt(secretBase32: string, at: Date): string {
  return totpFor(secretBase32).generate({ timestamp: at.getTime() });
}

/**
 * The 30-second step (counted from the Unix epoch) a code belongs to, or null when it matches
 * none of the accepted steps around `now`. The caller refuses steps already used (replays).
 */
export function matchTotpStep(secretBase32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = totpFor(secretBase32);
  const delta = totp.validate({
    token: code,
    timestamp: now.getTime(),
    window: ACCEPTED_DRIFT_STEPS,
  });
  if (delta === null) return null;
  return totp.counter({ timestamp: now.getTime() }) + delta;
}

function totpFor(secretBase32: string, accountName = 'operator'): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label: accountName,
    ...TOTP_SETTINGS,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}
