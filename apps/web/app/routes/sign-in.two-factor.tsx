// The second step of sign-in: a code from the authenticator app, or one of the recovery codes.
import { data, Form, Link, redirect, useNavigation, useSearchParams } from 'react-router';
import { AuthFrame, SignOutButton } from '../components/auth-frame.tsx';
import { buttonClass, FormError, TextField } from '../components/form.tsx';
import { type AppContext, appContext } from '../context.server.ts';
import { api } from '../lib/api.server.ts';
import { failureStatus, formFailure, readApiError } from '../lib/api-errors.server.ts';
import { useT } from '../lib/i18n.ts';
import { type FormFailure, message } from '../lib/messages.ts';
import { getAuth, safeRedirectPath, setSessionCookieHeader } from '../lib/session.server.ts';
import type { Route } from './+types/sign-in.two-factor';

type Field = 'code' | 'recoveryCode';

async function pendingAuth(request: Request, app: AppContext) {
  const auth = await getAuth(request, app);
  if (!auth) throw redirect('/sign-in');
  if (!auth.user.totpEnabled || auth.session.twoFactorVerified) throw redirect('/');
  return auth;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  await pendingAuth(request, context.get(appContext));
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const app = context.get(appContext);
  const auth = await pendingAuth(request, app);
  const form = await request.formData();
  const redirectTo = safeRedirectPath(form.get('redirectTo'));
  const useRecovery = form.has('recoveryCode');
  const value = String(form.get(useRecovery ? 'recoveryCode' : 'code') ?? '').trim();
  const field: Field = useRecovery ? 'recoveryCode' : 'code';
  if (!value)
    return data<FormFailure<Field>>(
      { ok: false, fieldErrors: { [field]: message('form.error.required') } },
      { status: 400 },
    );
  if (!useRecovery && !/^\d{6}$/.test(value.replace(/\s/g, '')))
    return data<FormFailure<Field>>(
      { ok: false, fieldErrors: { code: message('twoFactor.error.sixDigits') } },
      { status: 400 },
    );
  try {
    const caller = api(request, app, auth);
    const result = await caller.auth.completeTwoFactor(
      useRecovery ? { recoveryCode: value } : { code: value.replace(/\s/g, '') },
    );
    return redirect(redirectTo, {
      headers: { 'Set-Cookie': setSessionCookieHeader(app, result.token, result.expiresAt) },
    });
  } catch (error) {
    if (readApiError(error)?.code === 'SESSION_INVALID') throw redirect('/sign-in');
    const failure = formFailure<Field>(app, error, {
      fields: { '': field, code: field, recoveryCode: field },
      codeFields: { TOTP_INVALID: field, TOTP_REPLAYED: field, RECOVERY_CODE_INVALID: field },
    });
    return data(failure, { status: failureStatus(error) });
  }
}

export default function TwoFactor({ actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const recovery = params.get('method') === 'recovery';
  const failure = actionData && !actionData.ok ? actionData : undefined;
  const switchParams = new URLSearchParams(params);
  if (recovery) switchParams.delete('method');
  else switchParams.set('method', 'recovery');
  const switchSearch = switchParams.toString();
  return (
    <AuthFrame
      title={t('twoFactor.title')}
      subtitle={recovery ? t('twoFactor.recoverySubtitle') : t('twoFactor.subtitle')}
      footer={
        <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
          <Link
            to={switchSearch ? `?${switchSearch}` : '.'}
            className="text-brand-700 underline underline-offset-2 hover:text-brand-800"
          >
            {recovery ? t('twoFactor.useCode') : t('twoFactor.useRecovery')}
          </Link>
          <SignOutButton />
        </div>
      }
    >
      <Form method="post" className="space-y-4" noValidate key={recovery ? 'recovery' : 'code'}>
        <FormError error={failure?.formError} />
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? ''} />
        {recovery ? (
          <TextField
            label={t('twoFactor.recoveryCode')}
            hint={t('twoFactor.recoveryHint')}
            name="recoveryCode"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            error={failure?.fieldErrors?.recoveryCode}
          />
        ) : (
          <TextField
            label={t('twoFactor.code')}
            hint={t('twoFactor.codeHint')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            required
            error={failure?.fieldErrors?.code}
          />
        )}
        <button
          type="submit"
          className={`${buttonClass.primary} w-full py-2.5 text-base`}
          disabled={navigation.state === 'submitting'}
        >
          {t('twoFactor.submit')}
        </button>
      </Form>
    </AuthFrame>
  );
}
