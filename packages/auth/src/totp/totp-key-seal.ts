// TOTP keys are sealed with AES-256-GCM and bound to their user, so a key copied into another
// user's row does not open.
import { open, seal } from '../crypto/seal.ts';

const context = (userId: string) => new TextEncoder().encode(`totp:${userId}`);

export function sealTotpKey(
  encryptionKey: Uint8Array,
  userId: string,
  key: Uint8Array,
): Uint8Array {
  return seal(encryptionKey, key, context(userId));
}

export function openTotpKey(
  encryptionKey: Uint8Array,
  userId: string,
  sealed: Uint8Array,
): Uint8Array {
  return open(encryptionKey, sealed, context(userId));
}
