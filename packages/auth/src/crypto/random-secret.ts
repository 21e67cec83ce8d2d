import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A random secret as lower-case base32 without padding; 20 bytes (160 bits) unless told. */
export function randomSecret(bytes = 20): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(bytes)));
}
