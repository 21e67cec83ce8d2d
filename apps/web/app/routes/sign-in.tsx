// Sign-in with login and password; a person with two-factor sign-in continues at /sign-in/two-factor.
import { data, Form, Link, redirect, useNavigation, useSearchParams } from 'react-router';
import { AuthFrame } from '../components/auth-frame.tsx';
import { buttonClass, FormError, Notice, TextField } from '../components/form.tsx';
import { appContext } from '../context.server.ts';
import { api } from '../lib/api.server.ts';
import { failureStatus, formFailure, readApiError } from '../lib/api-errors.server.ts';
import { useT } from '../lib/i18n.ts';
import { chosenLocale, localeCookie } from '../lib/locale.server.ts';
import { type FormFailure, message } from '../lib/messages.ts';
import { getAuth, safeRedirectPath, setSessionCookieHeader } from '../lib/session.server.ts';
import type { Route } from './+types/sign-in';

type Field = 'login' | 'password';

export async function loader({ request, context }: Route.LoaderArgs) {
  const app = context.get(appContext);
  const auth = await getAuth(request, app);
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get('redirectTo'));
  if (auth && !(auth.user.totpEnabled && !auth.session.twoFactorVerified))
    throw redirect(redirectTo);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const app = context.get(appContext);
  const form = await request.formData();
  const login = String(form.get('login') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const redirectTo = safeRedirectPath(form.get('redirectTo'));
  const fieldErrors: FormFailure<Field>['fieldErrors'] = {};
  if (!login) fieldErrors.login = message('signIn.error.required');
  if (!password) fieldErrors.password = message('signIn.error.required');
  if (Object.keys(fieldErrors).length > 0)
    return data<FormFailure<Field>>({ ok: false, fieldErrors, values: { login } }, { status: 400 });
  try {
    const result = await api(request, app, null).auth.signIn({ login, password });
    const headers = new Headers({
      'Set-Cookie': setSessionCookieHeader(app, result.token, result.expiresAt),
    });
    // A browser that never chose a language takes the one the person saved.
    if (!(await chosenLocale(request)))
      headers.append('Set-Cookie', await localeCookie.serialize(result.locale));
    if (result.needsTwoFactor) {
      const next = redirectTo === '/' ? '' : `?redirectTo=${encodeURIComponent(redirectTo)}`;
      return redirect(`/sign-in/two-factor${next}`, { headers });
    }
    return redirect(redirectTo, { headers });
  } catch (error) {
    const failure = formFailure<Field>(app, error, { values: { login } });
    // An unknown login and a wrong password get the same words (no account enumeration).
    if (readApiError(error)?.code === 'INVALID_CREDENTIALS')
      failure.formError = message('signIn.error.invalid');
    if (readApiError(error)?.code === 'THROTTLED' && failure.formError)
      failure.formError = message('signIn.error.throttled', failure.formError.params);
    return data(failure, { status: failureStatus(error) });
  }
}

export default function SignIn({ actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const notice = params.get('notice');
  const failure = actionData && !actionData.ok ? actionData : undefined;
  return (
    <AuthFrame
      title={t('signIn.title')}
      subtitle={t('signIn.subtitle')}
      footer={
        <div className="space-y-2">
          <p className="text-sm text-slate-700">
            {t('signIn.newCounty')}{' '}
            <Link
              to="/sign-up"
              className="text-brand-700 underline underline-offset-2 hover:text-brand-800"
            >
              {t('signIn.signUpLink')}
            </Link>
          </p>
          <p className="text-xs text-slate-600">{t('signIn.demoHint')}</p>
        </div>
      }
    >
      <Form method="post" className="space-y-4" noValidate>
        {notice === 'invitation-accepted' ? (
          <Notice>{t('signIn.notice.invitationAccepted')}</Notice>
        ) : null}
        {notice === 'signed-out' ? <Notice>{t('signIn.notice.signedOut')}</Notice> : null}
        {notice === 'county-signed-up' ? (
          <Notice>{t('signIn.notice.countySignedUp')}</Notice>
        ) : null}
        <FormError error={failure?.formError} />
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? ''} />
        <TextField
          label={t('signIn.login')}
          name="login"
          autoComplete="username"
          required
          defaultValue={failure?.values?.login ?? params.get('login') ?? ''}
          error={failure?.fieldErrors?.login}
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={failure?.fieldErrors?.password}
        />
        <button
          type="submit"
          className={`${buttonClass.primary} w-full py-2.5 text-base`}
          disabled={navigation.state === 'submitting'}
        >
          {t('signIn.submit')}
        </button>
      </Form>
    </AuthFrame>
  );
}
