// Session tokens the Lucia-guide way: `<id>.<secret>`, each half 160 random bits in lower-case
// base32. The id finds the row; only SHA-256 of the secret is stored, so a leaked session table
// cannot be replayed as cookies.
import { randomSecret } from '../crypto/random-secret.ts';

const HALF = /^[a-z2-7]{32}$/;

export function generateSessionToken(): { id: string; secret: string; token: string } {
  const id = randomSecret();
  const secret = randomSecret();
  return { id, secret, token: `${id}.${secret}` };
}

/** Null for anything not shaped like a token, before any database work. */
export function parseSessionToken(token: string): { id: string; secret: string } | null {
  const [id, secret, ...rest] = token.split('.');
  if (rest.length > 0 || !id || !secret || !HALF.test(id) || !HALF.test(secret)) return null;
  return { id, secret };
}
