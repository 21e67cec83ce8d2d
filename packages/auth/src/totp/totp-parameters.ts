// TOTP as authenticator apps expect it (RFC 6238 defaults): HMAC-SHA-1, 30-second steps,
// 6 digits. Codes of the neighbouring steps are accepted for clock drift.
import { verifyHOTP } from '@oslojs/otp';

export const TOTP_ISSUER = 'Concord';
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_KEY_BYTES = 20;

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / (TOTP_PERIOD_SECONDS * 1000));
}

/** The time step the code belongs to (current ±1), or null. Every candidate is checked in constant time. */
export function matchTotpStep(key: Uint8Array, code: string, now: Date): number | null {
  const normalized = code.replace(/\s/g, '');
  const current = totpStep(now);
  let matched: number | null = null;
  for (const step of [current - 1, current, current + 1]) {
    if (verifyHOTP(key, BigInt(step), TOTP_DIGITS, normalized)) matched = step;
  }
  return matched;
}
