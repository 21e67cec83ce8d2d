// Sealing one personal value: key id byte | AES-256-GCM sealed bytes. The associated data binds
// the ciphertext to its row and field, so a value copied into another row or column won't open.
import { open, seal } from '@concord/auth/crypto/seal';
import type { PersonalField, PiiKeys } from './pii-keys.ts';

export interface SealContext {
  /** The owning row, e.g. the case party's id. */
  rowId: string;
  field: PersonalField;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function associatedData(keyId: number, context: SealContext): Uint8Array {
  return encoder.encode(`pii:v1:${keyId}:${context.field}:${context.rowId}`);
}

function requireKeyId(keyId: number): number {
  if (!Number.isInteger(keyId) || keyId < 1 || keyId > 255) {
    throw new RangeError(`PII key id must be an integer 1–255, got ${keyId}`);
  }
  return keyId;
}

export function sealPersonalValue(keys: PiiKeys, value: string, context: SealContext): Uint8Array {
  const keyId = requireKeyId(keys.keyId);
  const body = seal(keys.encryptionKey, encoder.encode(value), associatedData(keyId, context));
  const sealed = new Uint8Array(body.byteLength + 1);
  sealed[0] = keyId;
  sealed.set(body, 1);
  return sealed;
}

function keyFor(keys: PiiKeys, keyId: number): Uint8Array {
  if (keyId === keys.keyId) return keys.encryptionKey;
  const previous = keys.previousEncryptionKeys?.get(keyId);
  if (!previous) throw new Error(`No PII encryption key with id ${keyId} is configured`);
  return previous;
}

/** Throws when the value was altered, belongs to another row or field, or its key is unknown. */
export function openPersonalValue(keys: PiiKeys, sealed: Uint8Array, context: SealContext): string {
  const keyId = sealed[0];
  if (keyId === undefined) throw new Error('Sealed personal value is empty');
  const body = sealed.subarray(1);
  return decoder.decode(open(keyFor(keys, keyId), body, associatedData(keyId, context)));
}
