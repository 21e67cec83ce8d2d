import { createHash } from 'node:crypto';

/** SHA-256 of a rendered document, lowercase hex: stored beside the file to prove it unchanged. */
export function hashDocument(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
