import { defaultLocale, isLocale, type Locale } from '@concord/i18n';
import { createCookie } from 'react-router';

/** The browser's chosen language; a signed-in user's preference is stored with the user as well. */
export const localeCookie = createCookie('concord_locale', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** The locale this browser chose, or null when it never chose one. */
export async function chosenLocale(request: Request): Promise<Locale | null> {
  const value: unknown = await localeCookie.parse(request.headers.get('Cookie'));
  return isLocale(value) ? value : null;
}

export async function localeFromRequest(request: Request): Promise<Locale> {
  return (await chosenLocale(request)) ?? defaultLocale;
}
