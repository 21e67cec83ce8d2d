// Switches the interface language and returns to the page the switch was pressed on.
import { isLocale } from '@concord/i18n';
import { redirect } from 'react-router';
import { appContext } from '../context.server.ts';
import { api } from '../lib/api.server.ts';
import { localeCookie } from '../lib/locale.server.ts';
import { getAuth } from '../lib/session.server.ts';
import type { Route } from './+types/locale';

function safeReturnPath(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : '/';
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const locale = form.get('locale');
  if (!isLocale(locale)) throw new Response('Unknown locale', { status: 400 });
  // A signed-in person's choice follows them to other browsers.
  const app = context.get(appContext);
  const auth = await getAuth(request, app);
  if (auth && (!auth.user.totpEnabled || auth.session.twoFactorVerified)) {
    await api(request, app, auth).account.setLocale({ locale });
  }
  return redirect(safeReturnPath(form.get('returnTo')), {
    headers: { 'Set-Cookie': await localeCookie.serialize(locale) },
  });
}
