// A login is an e-mail address (stored lower-cased) or a mainland mobile number (11 digits).

export type Login = { kind: 'email'; value: string } | { kind: 'phone'; value: string };

const PHONE = /^1\d{10}$/;
// Deliberately loose: the invitation e-mail proves the address; this only tells the kinds apart.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Null when the input is neither kind. */
export function normalizeLogin(input: string): Login | null {
  const trimmed = input.trim();
  const digits = trimmed.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  if (PHONE.test(digits)) return { kind: 'phone', value: digits };
  const email = trimmed.toLowerCase();
  if (email.length <= 254 && EMAIL.test(email)) return { kind: 'email', value: email };
  return null;
}
