// An invitation link: who invites whom to which unit; a new person chooses a password here, an
// existing one accepts and signs in as usual.
import { formatDate } from '@concord/i18n';
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import { AuthFrame } from '../components/auth-frame.tsx';
import { buttonClass, FormError, TextField } from '../components/form.tsx';
import { type AppContext, appContext } from '../context.server.ts';
import { api } from '../lib/api.server.ts';
import {
  failureStatus,
  formFailure,
  readApiError,
  unexpectedError,
} from '../lib/api-errors.server.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { type FormFailure, type Message, message } from '../lib/messages.ts';
import { isRole, roleKey } from '../lib/roles.ts';
import type { Route } from './+types/invitation.$token';

async function preview(request: Request, app: AppContext, token: string) {
  try {
    return await api(request, app, null).auth.previewInvitation({ token });
  } catch (error) {
    // A token of the wrong shape fails the input schema: it is simply not an invitation.
    if (readApiError(error)) return null;
    throw unexpectedError(app, error);
  }
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const app = context.get(appContext);
  const invitation = await preview(request, app, params.token);
  if (!invitation) return { state: 'invalid' as const };
  return {
    state: invitation.state,
    tenantName: invitation.tenantName,
    role: invitation.role,
    displayName: invitation.displayName,
    login: invitation.login,
    expiresAt: invitation.expiresAt,
    existingUser: invitation.existingUser,
  };
}

type Field = 'displayName' | 'password' | 'confirmPassword';

const codeFields: Partial<Record<string, Field>> = {
  PASSWORD_REQUIRED: 'password',
  PASSWORD_TOO_SHORT: 'password',
  PASSWORD_TOO_LONG: 'password',
  PASSWORD_TOO_COMMON: 'password',
  PASSWORD_EQUALS_LOGIN: 'password',
};

export async function action({ request, context, params }: Route.ActionArgs) {
  const app = context.get(appContext);
  const invitation = await preview(request, app, params.token);
  if (invitation?.state !== 'pending')
    return data<FormFailure<Field>>(
      { ok: false, formError: message('invitation.notPending') },
      { status: 409 },
    );
  const form = await request.formData();
  const displayName = String(form.get('displayName') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const confirmPassword = String(form.get('confirmPassword') ?? '');
  if (!invitation.existingUser) {
    const fieldErrors: Partial<Record<Field, Message>> = {};
    if (!displayName) fieldErrors.displayName = message('form.error.required');
    if (!password) fieldErrors.password = message('form.error.required');
    else if (password !== confirmPassword)
      fieldErrors.confirmPassword = message('form.error.passwordMismatch');
    if (Object.keys(fieldErrors).length > 0)
      return data<FormFailure<Field>>(
        { ok: false, fieldErrors, values: { displayName } },
        { status: 400 },
      );
  }
  try {
    await api(request, app, null).auth.acceptInvitation(
      invitation.existingUser
        ? { token: params.token }
        : { token: params.token, password, displayName },
    );
  } catch (error) {
    return data(formFailure<Field>(app, error, { codeFields, values: { displayName } }), {
      status: failureStatus(error),
    });
  }
  const next = new URLSearchParams({ notice: 'invitation-accepted', login: invitation.login });
  return redirect(`/sign-in?${next}`);
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const failure = actionData && !actionData.ok ? actionData : undefined;
  if (loaderData.state !== 'pending') {
    const text =
      loaderData.state === 'accepted'
        ? t('invitation.state.accepted')
        : loaderData.state === 'revoked'
          ? t('invitation.state.revoked')
          : loaderData.state === 'expired'
            ? t('invitation.state.expired')
            : t('invitation.state.invalid');
    return (
      <AuthFrame title={t('invitation.unavailableTitle')}>
        <p className="text-slate-700" data-testid="invitation-state">
          {text}
        </p>
        <Link to="/sign-in" className={`${buttonClass.secondary} mt-6 w-full`}>
          {t('invitation.goSignIn')}
        </Link>
      </AuthFrame>
    );
  }
  const role = isRole(loaderData.role) ? t(roleKey(loaderData.role)) : loaderData.role;
  return (
    <AuthFrame title={t('invitation.title', { tenant: loaderData.tenantName })}>
      <p className="text-slate-700" data-testid="invitation-summary">
        {t('invitation.summary', {
          name: loaderData.displayName,
          role,
          tenant: loaderData.tenantName,
        })}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        {t('invitation.expiresAt', { date: formatDate(locale, loaderData.expiresAt) })}
      </p>
      <Form method="post" className="mt-6 space-y-4" noValidate>
        <FormError error={failure?.formError} />
        {loaderData.existingUser ? (
          <p className="text-sm text-slate-700">
            {t('invitation.existingUser', { login: loaderData.login })}
          </p>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              {t('invitation.newUser', { login: loaderData.login })}
            </p>
            <TextField
              label={t('invitation.displayName')}
              name="displayName"
              autoComplete="name"
              required
              maxLength={60}
              defaultValue={failure?.values?.displayName ?? loaderData.displayName}
              error={failure?.fieldErrors?.displayName}
            />
            <input type="hidden" name="username" autoComplete="username" value={loaderData.login} />
            <TextField
              label={t('invitation.password')}
              hint={t('password.newHint')}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              error={failure?.fieldErrors?.password}
            />
            <TextField
              label={t('invitation.confirm')}
              name="confirmPassword"
              type="password"
              autoComplete="new-password"
              required
              error={failure?.fieldErrors?.confirmPassword}
            />
          </>
        )}
        <button
          type="submit"
          className={`${buttonClass.primary} w-full py-2.5 text-base`}
          disabled={navigation.state === 'submitting'}
        >
          {loaderData.existingUser ? t('invitation.accept') : t('invitation.submitNew')}
        </button>
      </Form>
    </AuthFrame>
  );
}
