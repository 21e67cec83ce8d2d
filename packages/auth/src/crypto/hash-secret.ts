import { sha256 } from '@oslojs/crypto/sha2';

/**
 * SHA-256 of a high-entropy secret (session, invitation, recovery code). A fast hash suffices
 * because the secrets are random, not chosen by people; only the hash is stored.
 */
export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}
