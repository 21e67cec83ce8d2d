// The signed-in person of a request, from the session cookie (the Lucia-guide way: an opaque
// token whose secret half is checked against its stored hash).
import {
  blankSessionCookie,
  readSessionToken,
  sessionCookie,
} from '@concord/auth/session/session-cookie';
import { validateSessionToken } from '@concord/auth/session/validate-session-token';
import { redirect } from 'react-router';
import type { AppContext } from '../context.server.ts';

export type Auth = NonNullable<Awaited<ReturnType<typeof validateSessionToken>>>;

export async function getAuth(request: Request, app: AppContext): Promise<Auth | null> {
  const token = readSessionToken(request.headers.get('Cookie'), app.secureCookies);
  if (!token) return null;
  return validateSessionToken(app.db, token, { now: new Date(), config: app.authConfig.session });
}

/**
 * The page a request is for. A client-side navigation loads `/path.data?_routes=…` (single
 * fetch); coming back must go to the page, not to its data.
 */
export function pagePathOf(request: Request): string {
  const url = new URL(request.url);
  url.searchParams.delete('_routes');
  const path = url.pathname.replace(/\/_root\.data$/, '/').replace(/\.data$/, '');
  return path + url.search;
}

/** A redirect to `path` (sign-in, two-factor) that brings the person back to this page after. */
export function redirectBack(path: string, request: Request): Response {
  const back = pagePathOf(request);
  return redirect(back === '/' ? path : `${path}?redirectTo=${encodeURIComponent(back)}`);
}

/** The person, fully signed in (second factor passed when they have one), or a redirect. */
export async function requireAuth(request: Request, app: AppContext): Promise<Auth> {
  const auth = await getAuth(request, app);
  if (!auth) throw redirectBack('/sign-in', request);
  if (auth.user.totpEnabled && !auth.session.twoFactorVerified)
    throw redirect('/sign-in/two-factor');
  return auth;
}

export function setSessionCookieHeader(app: AppContext, token: string, expiresAt: Date): string {
  const cookie = sessionCookie({ token, expiresAt, secure: app.secureCookies });
  return cookie.setCookie;
}

export function clearSessionCookieHeader(app: AppContext): string {
  return blankSessionCookie({ secure: app.secureCookies }).setCookie;
}

/** Only paths on this site, so a crafted link cannot bounce a signed-in person elsewhere. */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
  return typeof value === 'string' &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/\\')
    ? value
    : fallback;
}
