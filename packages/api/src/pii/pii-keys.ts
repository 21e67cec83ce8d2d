// The keys protecting residents' ID numbers and phone numbers at rest (ARCHITECTURE.md §6).
// The web process loads them from its configuration; packages never read the environment.

export interface PiiKeys {
  /**
   * Id of `encryptionKey`, 1–255, written as the first byte of every sealed value: a new key
   * can be introduced while values sealed under earlier ones still open.
   */
  keyId: number;
  /** AES-256-GCM key (32 bytes). */
  encryptionKey: Uint8Array;
  /**
   * HMAC-SHA256 key of the blind index (32 bytes), kept apart from the encryption key so the
   * index can be searched without any power to decrypt. Rotating it means re-indexing.
   */
  indexKey: Uint8Array;
  /** Retired encryption keys by id: still able to open what they sealed. */
  previousEncryptionKeys?: ReadonlyMap<number, Uint8Array>;
}

/** The personal fields protected this way; each has its own index domain and masked form. */
export const personalFields = ['id_number', 'phone'] as const;
export type PersonalField = (typeof personalFields)[number];
