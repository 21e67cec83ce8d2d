// POST /sign-out: ends the session and clears the cookie. GET only bounces home, so a prefetch
// or a crawler cannot sign anyone out.
import { redirect } from 'react-router';
import { appContext } from '../context.server.ts';
import { api } from '../lib/api.server.ts';
import { readApiError, unexpectedError } from '../lib/api-errors.server.ts';
import { clearSessionCookieHeader, getAuth } from '../lib/session.server.ts';
import type { Route } from './+types/sign-out';

export function loader() {
  return redirect('/');
}

export async function action({ request, context }: Route.ActionArgs) {
  const app = context.get(appContext);
  const auth = await getAuth(request, app);
  if (auth) {
    try {
      await api(request, app, auth).auth.signOut();
    } catch (error) {
      // A session that ended meanwhile is signed out already.
      if (!readApiError(error)) throw unexpectedError(app, error);
    }
  }
  return redirect('/sign-in?notice=signed-out', {
    headers: { 'Set-Cookie': clearSessionCookieHeader(app) },
  });
}
