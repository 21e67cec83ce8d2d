// The blind index: a keyed hash of a normalised value, stored beside the sealed value, so an
// exact search ("every case of this ID number") needs no decryption. The county id is part of
// the input: the same person gets unrelated index values in two counties, so the indexes of
// two customers cannot be joined even by someone holding both databases.
import { createHmac } from 'node:crypto';
import type { PersonalField, PiiKeys } from './pii-keys.ts';

export function blindIndex(
  keys: PiiKeys,
  options: { countyId: string; field: PersonalField; value: string },
): Uint8Array {
  if (keys.indexKey.byteLength !== 32) throw new TypeError('The PII index key must be 32 bytes');
  const hmac = createHmac('sha256', keys.indexKey);
  hmac.update(`pii-index:v1\u0000${options.field}\u0000${options.countyId}\u0000${options.value}`);
  return new Uint8Array(hmac.digest());
}
