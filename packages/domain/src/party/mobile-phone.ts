import { maskMiddle } from './mask.ts';

// Mainland China mobile numbers: 11 digits beginning 13–19.

export const mobilePhoneFailures = ['characters', 'length', 'prefix'] as const;

export type MobilePhoneFailure = (typeof mobilePhoneFailures)[number];

export type MobilePhoneResult =
  | { ok: true; value: string }
  | { ok: false; reason: MobilePhoneFailure };

// A bare 86 counts as the country code only when 11 digits follow: no mobile number starts 86.
const countryCode = /^(?:\+86|0086|86(?=\d{11}$))/;

/**
 * Normalises a number as typed to its 11 digits: NFKC folds full-width input, spaces and dashes
 * are dropped, and a +86, 0086 or 86 country code is removed.
 */
export function parseMobilePhone(input: string): MobilePhoneResult {
  const compact = input.normalize('NFKC').replace(/[\s-]/g, '');
  const digits = compact.replace(countryCode, '');
  if (!/^\d*$/.test(digits)) return { ok: false, reason: 'characters' };
  if (digits.length !== 11) return { ok: false, reason: 'length' };
  if (!/^1[3-9]/.test(digits)) return { ok: false, reason: 'prefix' };
  return { ok: true, value: digits };
}

/** `138****5678`: the carrier prefix and the last four digits stay visible. */
export function maskPhone(value: string): string {
  return maskMiddle(value, 3, 4);
}
