import { describe, expect, it } from 'vitest';
import { generateSessionToken, parseSessionToken } from './session-token.ts';

describe('session tokens', () => {
  it('are <id>.<secret>, each half 32 base32 characters (160 bits)', () => {
    const { id, secret, token } = generateSessionToken();
    expect(token).toBe(`${id}.${secret}`);
    expect(id).toMatch(/^[a-z2-7]{32}$/);
    expect(secret).toMatch(/^[a-z2-7]{32}$/);
    expect(generateSessionToken().token).not.toBe(token);
  });

  it('parse back and refuse anything else', () => {
    const { id, secret, token } = generateSessionToken();
    expect(parseSessionToken(token)).toEqual({ id, secret });
    expect(parseSessionToken('')).toBeNull();
    expect(parseSessionToken(id)).toBeNull();
    expect(parseSessionToken(`${token}.extra`)).toBeNull();
    expect(parseSessionToken(token.toUpperCase())).toBeNull();
    expect(parseSessionToken(`${id}.${secret.slice(1)}`)).toBeNull();
  });
});
