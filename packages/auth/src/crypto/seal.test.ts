import { describe, expect, it } from 'vitest';
import { open, seal } from './seal.ts';

const key = crypto.getRandomValues(new Uint8Array(32));
const plaintext = new TextEncoder().encode('身份证 110101199003077777');

describe('seal / open', () => {
  it('round-trips and lays out iv | ciphertext | tag', () => {
    const sealed = seal(key, plaintext);
    expect(sealed.byteLength).toBe(12 + plaintext.byteLength + 16);
    expect(open(key, sealed)).toEqual(plaintext);
  });

  it('uses a fresh IV every time', () => {
    expect(seal(key, plaintext)).not.toEqual(seal(key, plaintext));
  });

  it('refuses a tampered value, another key, or another context', () => {
    const sealed = seal(key, plaintext, new TextEncoder().encode('user-a'));
    const tampered = sealed.slice();
    tampered[14] = tampered[14]! ^ 1;
    expect(() => open(key, tampered, new TextEncoder().encode('user-a'))).toThrow();
    const otherKey = crypto.getRandomValues(new Uint8Array(32));
    expect(() => open(otherKey, sealed, new TextEncoder().encode('user-a'))).toThrow();
    expect(() => open(key, sealed, new TextEncoder().encode('user-b'))).toThrow();
    expect(open(key, sealed, new TextEncoder().encode('user-a'))).toEqual(plaintext);
  });

  it('rejects keys that are not 32 bytes and truncated input', () => {
    expect(() => seal(new Uint8Array(16), plaintext)).toThrow(/32-byte/);
    expect(() => open(key, new Uint8Array(10))).toThrow(/too short/);
  });
});
