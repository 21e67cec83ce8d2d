// Authenticated encryption for small secrets at rest (TOTP keys now, personal data later):
// AES-256-GCM, stored as iv(12) | ciphertext | tag(16).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

function assertKey(key: Uint8Array): void {
  if (key.byteLength !== 32) throw new TypeError('AES-256-GCM needs a 32-byte key');
}

/**
 * `associatedData` binds the ciphertext to its context (e.g. the owning row's id), so a sealed
 * value copied into another row does not open there.
 */
export function seal(
  key: Uint8Array,
  plaintext: Uint8Array,
  associatedData?: Uint8Array,
): Uint8Array {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  if (associatedData) cipher.setAAD(associatedData);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return new Uint8Array(Buffer.concat([iv, body, cipher.getAuthTag()]));
}

/** Throws when the value was altered, sealed under another key or for another context. */
export function open(key: Uint8Array, sealed: Uint8Array, associatedData?: Uint8Array): Uint8Array {
  assertKey(key);
  if (sealed.byteLength < IV_BYTES + TAG_BYTES) throw new Error('Sealed value too short');
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.byteLength - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  if (associatedData) decipher.setAAD(associatedData);
  decipher.setAuthTag(tag);
  const body = sealed.subarray(IV_BYTES, sealed.byteLength - TAG_BYTES);
  return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
}
