// The session cookie. Over HTTPS it carries the `__Host-` prefix, which browsers accept only
// with Secure, Path=/ and no Domain, so no subdomain or plain-HTTP page can plant or overwrite
// it. SameSite=Lax keeps it off cross-site POSTs (CSRF) while links into the app still work.

const SECURE_NAME = '__Host-concord_session';
const PLAIN_NAME = 'concord_session';

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_NAME : PLAIN_NAME;
}

function serialize(name: string, value: string, expires: Date, secure: boolean): string {
  const parts = [`${name}=${value}`, 'Path=/', `Expires=${expires.toUTCString()}`];
  parts.push('HttpOnly', 'SameSite=Lax');
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** The Set-Cookie header value that stores a session token until the session's absolute end. */
export function sessionCookie(options: { token: string; expiresAt: Date; secure: boolean }): {
  name: string;
  setCookie: string;
} {
  const name = sessionCookieName(options.secure);
  return { name, setCookie: serialize(name, options.token, options.expiresAt, options.secure) };
}

/** The Set-Cookie header value that removes the session cookie (sign-out, dead session). */
export function blankSessionCookie(options: { secure: boolean }): {
  name: string;
  setCookie: string;
} {
  const name = sessionCookieName(options.secure);
  return { name, setCookie: serialize(name, '', new Date(0), options.secure) };
}

/** The session token from a Cookie request header, or null. */
export function readSessionToken(
  cookieHeader: string | null | undefined,
  secure: boolean,
): string | null {
  if (!cookieHeader) return null;
  const name = sessionCookieName(secure);
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    return value === '' ? null : value;
  }
  return null;
}
