// Reads a stored document and checks it against the SHA-256 recorded when it was stored, so a
// reprint is provably the document that was issued.
import { createHash } from 'node:crypto';
import type { FileStorage } from './file-storage.ts';

export class DocumentIntegrityError extends Error {
  readonly code = 'DOCUMENT_INTEGRITY_FAILED';
  readonly details: Record<string, unknown>;

  constructor(key: string) {
    super('DOCUMENT_INTEGRITY_FAILED');
    this.name = 'DocumentIntegrityError';
    this.details = { key };
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function readVerifiedFile(
  storage: FileStorage,
  options: { key: string; sha256: string },
): Promise<Uint8Array> {
  const bytes = await storage.get(options.key);
  if (sha256Hex(bytes) !== options.sha256) throw new DocumentIntegrityError(options.key);
  return bytes;
}
