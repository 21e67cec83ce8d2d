// Where personal data keys and stored files come from, shared by the server and db:reset.
import path from 'node:path';
import { createLocalDiskStorage } from '@concord/api/storage';
import type { Env } from './env.ts';
import type { Keys } from './secrets.ts';

export function attachmentsFolder(env: Env, root: string): string {
  return path.resolve(root, env.ATTACHMENTS_DIR ?? path.join(env.DATA_DIR, 'attachments'));
}

export function dataServices(env: Env, keys: Keys, root: string) {
  return {
    pii: {
      keyId: env.PII_KEY_ID,
      encryptionKey: keys.PII_ENCRYPTION_KEY,
      indexKey: keys.PII_INDEX_KEY,
    },
    storage: createLocalDiskStorage(attachmentsFolder(env, root)),
  };
}
