// Where documents and attachments live: an interface, so the local disk of a single-server
// install can become an object store later without touching the use cases.

export interface FileStorage {
  /** Stores new bytes under `key`; refuses to overwrite (a stored document never changes). */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Throws `StorageError` with code STORAGE_OBJECT_MISSING when nothing is stored under `key`. */
  get(key: string): Promise<Uint8Array>;
  /** Removing a key that does not exist is not an error. */
  delete(key: string): Promise<void>;
}

export type StorageErrorCode =
  | 'STORAGE_KEY_INVALID'
  | 'STORAGE_OBJECT_EXISTS'
  | 'STORAGE_OBJECT_MISSING';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: StorageErrorCode, details?: Record<string, unknown>) {
    super(code);
    this.name = 'StorageError';
    this.code = code;
    this.details = details;
  }
}

/** Segments: letters, digits, dot, dash, underscore; never `.` or `..`, never empty. */
const segmentPattern = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

/** Checks a key and returns its segments; the same rule for every storage implementation. */
export function storageKeySegments(key: string): string[] {
  const segments = key.split('/');
  const valid =
    key.length <= 512 &&
    segments.length <= 12 &&
    segments.every((segment) => segmentPattern.test(segment) && !/^\.+$/.test(segment));
  if (!valid) throw new StorageError('STORAGE_KEY_INVALID', { key });
  return segments;
}

/**
 * The key of a tenant's file: county and tenant lead, so one tenant's files can be listed,
 * exported or deleted together (PIPL Art. 21: return or delete at contract end).
 */
export function tenantStorageKey(
  owner: { countyId: string; tenantId: string },
  ...parts: string[]
): string {
  const key = [owner.countyId, owner.tenantId, ...parts].join('/');
  storageKeySegments(key);
  return key;
}
