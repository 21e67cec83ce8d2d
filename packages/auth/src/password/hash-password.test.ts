import { describe, expect, it } from 'vitest';
import { hashPassword } from './hash-password.ts';
import { verifyPassword } from './verify-password.ts';
import { verifyUnknownUserPassword } from './verify-unknown-user-password.ts';

describe('hashPassword / verifyPassword', () => {
  it('hashes with argon2id at the OWASP parameters, salted', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
  });

  it('verifies the right password only', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapl')).toBe(false);
  });

  it('treats full-width and half-width forms alike (NFKC)', async () => {
    const hash = await hashPassword('ｔａｉｙａｎｇ２０２６');
    expect(await verifyPassword(hash, 'taiyang2026')).toBe(true);
  });

  it('returns false, not an exception, for a malformed stored hash', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false);
  });

  it('does the argon2 work for unknown users and always fails', async () => {
    expect(await verifyUnknownUserPassword('correct horse battery staple')).toBe(false);
  });
});
