import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageError, tenantStorageKey } from './file-storage.ts';
import { createLocalDiskStorage } from './local-disk-storage.ts';

let parent: string;
let folder: string;

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'concord-storage-'));
  folder = path.join(parent, 'files');
  // A file beside the storage folder that no key may reach.
  await writeFile(path.join(parent, 'secret.txt'), 'outside');
});
afterAll(() => rm(parent, { recursive: true, force: true }));

const bytes = new TextEncoder().encode('调解协议书');

describe('createLocalDiskStorage', () => {
  it('stores, reads back and deletes by key', async () => {
    const storage = createLocalDiskStorage(folder);
    const key = 'county/town/cases/case-1/agreement.pdf';
    await storage.put(key, bytes);
    expect(await storage.get(key)).toEqual(bytes);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toMatchObject({ code: 'STORAGE_OBJECT_MISSING' });
    await storage.delete(key);
  });

  it('never overwrites a stored file and leaves no partial files behind', async () => {
    const storage = createLocalDiskStorage(folder);
    await storage.put('a/once.pdf', bytes);
    await expect(storage.put('a/once.pdf', new Uint8Array([1]))).rejects.toMatchObject({
      code: 'STORAGE_OBJECT_EXISTS',
    });
    expect(await storage.get('a/once.pdf')).toEqual(bytes);
    expect(await readdir(path.join(folder, 'a'))).toEqual(['once.pdf']);
  });

  it.each([
    '../secret.txt',
    'a/../../secret.txt',
    '/etc/passwd',
    'a//b',
    'a/./b',
    'a/..',
    '..',
    '.',
    '',
    'a\\..\\..\\secret.txt',
    'a/b c',
    'a/%2e%2e/secret.txt',
    'a/\u0000b',
    `a/${'x'.repeat(129)}`,
  ])('refuses the key %j', async (key) => {
    const storage = createLocalDiskStorage(folder);
    for (const attempt of [
      () => storage.put(key, bytes),
      () => storage.get(key),
      () => storage.delete(key),
    ]) {
      const error = await attempt().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).code).toBe('STORAGE_KEY_INVALID');
    }
  });

  it('builds tenant keys that lead with the county and the tenant', () => {
    expect(tenantStorageKey({ countyId: 'c1', tenantId: 't1' }, 'cases', 'k', 'x.pdf')).toBe(
      'c1/t1/cases/k/x.pdf',
    );
    expect(() => tenantStorageKey({ countyId: 'c1', tenantId: 't1' }, '..', 'x')).toThrow(
      StorageError,
    );
  });
});
