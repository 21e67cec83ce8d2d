// Switches the interface language and returns to the page the switch was pressed on.
import { isLocale } from '@concord/i18n';
import { redirect } from 'react-router';
import { localeCookie } from '../lib/locale.server.ts';
import type { Route } from './+types/locale';

function safeReturnPath(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : '/';
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const locale = form.get('locale');
  if (!isLocale(locale)) throw new Response('Unknown locale', { status: 400 });
  return redirect(safeReturnPath(form.get('returnTo')), {
    headers: { 'Set-Cookie': await localeCookie.serialize(locale) },
  });
}
