import { describe, expect, it } from 'vitest';
import { blankSessionCookie, readSessionToken, sessionCookie } from './session-cookie.ts';

const expiresAt = new Date('2026-12-02T08:00:00Z');

describe('session cookie', () => {
  it('over HTTPS: __Host- prefix, Secure, HttpOnly, SameSite=Lax, Path=/', () => {
    const cookie = sessionCookie({ token: 'abc.def', expiresAt, secure: true });
    expect(cookie.name).toBe('__Host-concord_session');
    expect(cookie.setCookie).toBe(
      '__Host-concord_session=abc.def; Path=/; Expires=Wed, 02 Dec 2026 08:00:00 GMT; HttpOnly; SameSite=Lax; Secure',
    );
    expect(cookie.setCookie).not.toMatch(/Domain=/i);
  });

  it('over plain HTTP (development): no prefix, no Secure', () => {
    const cookie = sessionCookie({ token: 'abc.def', expiresAt, secure: false });
    expect(cookie.name).toBe('concord_session');
    expect(cookie.setCookie).toBe(
      'concord_session=abc.def; Path=/; Expires=Wed, 02 Dec 2026 08:00:00 GMT; HttpOnly; SameSite=Lax',
    );
  });

  it('blank cookie expires at the epoch', () => {
    expect(blankSessionCookie({ secure: true }).setCookie).toBe(
      '__Host-concord_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax; Secure',
    );
  });

  it('reads the token of the right cookie name only', () => {
    const header = 'theme=dark; concord_session=plain.token; __Host-concord_session=secure.token';
    expect(readSessionToken(header, true)).toBe('secure.token');
    expect(readSessionToken(header, false)).toBe('plain.token');
    expect(readSessionToken('theme=dark', true)).toBeNull();
    expect(readSessionToken('__Host-concord_session=', true)).toBeNull();
    expect(readSessionToken(null, true)).toBeNull();
    expect(readSessionToken('x__Host-concord_session=evil', true)).toBeNull();
  });
});
