// FileStorage on the local disk, for a single-server install: one file per key under `folder`.
// Keys are checked segment by segment and the resolved path must stay inside the folder, so no
// key reaches outside it (no `..`, no absolute paths, no backslashes).
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type FileStorage, StorageError, storageKeySegments } from './file-storage.ts';

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

export function createLocalDiskStorage(folder: string): FileStorage {
  const root = path.resolve(folder);

  const pathOf = (key: string): string => {
    const resolved = path.resolve(root, ...storageKeySegments(key));
    if (!resolved.startsWith(root + path.sep))
      throw new StorageError('STORAGE_KEY_INVALID', { key });
    return resolved;
  };

  return {
    async put(key, bytes) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      // Written beside the target, then hard-linked into place: readers never see half a file,
      // and link() fails on an existing key instead of replacing it.
      const temporary = `${target}.${randomBytes(6).toString('hex')}.partial`;
      await writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' });
      try {
        await link(temporary, target);
      } catch (error) {
        if (errorCode(error) === 'EEXIST') throw new StorageError('STORAGE_OBJECT_EXISTS', { key });
        throw error;
      } finally {
        await unlink(temporary).catch(() => {});
      }
    },

    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (error) {
        if (errorCode(error) === 'ENOENT')
          throw new StorageError('STORAGE_OBJECT_MISSING', { key });
        throw error;
      }
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
