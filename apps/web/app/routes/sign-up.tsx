// A county registers itself: the county, its division code and web address, and its first
// administrator, who then signs in and sets up two-factor sign-in (required for that role).
import { useState } from 'react';
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import { z } from 'zod';
import { AuthFrame } from '../components/auth-frame.tsx';
import { buttonClass, FormError, TextField } from '../components/form.tsx';
import { appContext } from '../context.server.ts';
import { api } from '../lib/api.server.ts';
import { failureStatus, formFailure } from '../lib/api-errors.server.ts';
import { useT } from '../lib/i18n.ts';
import { type FormFailure, type Message, message } from '../lib/messages.ts';
import type { Route } from './+types/sign-up';

type Field =
  | 'countyName'
  | 'divisionCode'
  | 'slug'
  | 'adminLogin'
  | 'displayName'
  | 'password'
  | 'confirmPassword';

const ZSignUpForm = z.object({
  countyName: z.string().trim().min(1),
  divisionCode: z.string().trim().min(1),
  slug: z.string().trim().toLowerCase().min(1),
  adminLogin: z.string().trim().min(1),
  displayName: z.string().trim().min(1),
  password: z.string().min(1),
  confirmPassword: z.string(),
});

const codeFields: Partial<Record<string, Field>> = {
  LOGIN_INVALID: 'adminLogin',
  PASSWORD_REQUIRED: 'password',
  PASSWORD_TOO_SHORT: 'password',
  PASSWORD_TOO_LONG: 'password',
  PASSWORD_TOO_COMMON: 'password',
  PASSWORD_EQUALS_LOGIN: 'password',
};

export async function action({ request, context }: Route.ActionArgs) {
  const app = context.get(appContext);
  const form = await request.formData();
  const raw = Object.fromEntries(
    ZSignUpForm.keyof().options.map((name) => [name, String(form.get(name) ?? '')]),
  ) as Record<Field, string>;
  // Passwords are never sent back to the page.
  const values: Partial<Record<Field, string>> = {
    countyName: raw.countyName.trim(),
    divisionCode: raw.divisionCode.trim(),
    slug: raw.slug.trim(),
    adminLogin: raw.adminLogin.trim(),
    displayName: raw.displayName.trim(),
  };
  const parsed = ZSignUpForm.safeParse(raw);
  const fieldErrors: Partial<Record<Field, Message>> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      fieldErrors[issue.path[0] as Field] ??= message('form.error.required');
  else if (parsed.data.password !== parsed.data.confirmPassword)
    fieldErrors.confirmPassword = message('form.error.passwordMismatch');
  if (!parsed.success || Object.keys(fieldErrors).length > 0)
    return data<FormFailure<Field>>({ ok: false, fieldErrors, values }, { status: 400 });
  const { confirmPassword: _confirm, ...input } = parsed.data;
  try {
    await api(request, app, null).county.signUp(input);
  } catch (error) {
    return data<FormFailure<Field>>(
      formFailure<Field>(app, error, {
        values,
        codeFields,
        reasonFields: { SLUG_TAKEN: 'slug', LOGIN_TAKEN: 'adminLogin' },
      }),
      { status: failureStatus(error) },
    );
  }
  // After the first sign-in (and the two-factor set-up it requires), the onboarding checklist.
  const next = new URLSearchParams({
    notice: 'county-signed-up',
    login: input.adminLogin,
    redirectTo: `/t/${input.slug}/onboarding`,
  });
  return redirect(`/sign-in?${next}`);
}

export default function SignUp({ actionData }: Route.ComponentProps) {
  const t = useT();
  const navigation = useNavigation();
  const failure = actionData && !actionData.ok ? actionData : undefined;
  const [slug, setSlug] = useState(failure?.values?.slug ?? '');
  const field = (name: Field) => ({
    name,
    defaultValue: failure?.values?.[name] ?? '',
    error: failure?.fieldErrors?.[name],
  });
  return (
    <AuthFrame
      wide
      title={t('signUp.title')}
      subtitle={t('signUp.subtitle')}
      footer={
        <p className="text-sm text-slate-700">
          {t('signUp.haveAccount')}{' '}
          <Link to="/sign-in" className="text-brand-700 underline underline-offset-2">
            {t('signUp.signIn')}
          </Link>
        </p>
      }
    >
      <Form method="post" className="space-y-5" noValidate>
        <FormError error={failure?.formError} />
        <fieldset className="space-y-4">
          <legend className="text-base font-semibold">{t('signUp.countySection')}</legend>
          <TextField
            label={t('signUp.countyName')}
            hint={t('signUp.countyNameHint')}
            autoComplete="organization"
            maxLength={40}
            required
            {...field('countyName')}
          />
          <TextField
            label={t('signUp.divisionCode')}
            hint={t('signUp.divisionCodeHint')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            required
            {...field('divisionCode')}
          />
          <TextField
            label={t('signUp.slug')}
            hint={
              <>
                {t('signUp.slugHint')}{' '}
                <span className="font-mono text-slate-800" data-testid="slug-preview">
                  /t/{slug.trim().toLowerCase() || t('signUp.slugPlaceholder')}
                </span>
              </>
            }
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={63}
            required
            {...field('slug')}
            onChange={(event) => setSlug(event.currentTarget.value)}
          />
        </fieldset>
        <div className="border-t border-slate-100 pt-5" />
        <fieldset className="space-y-4">
          <legend className="text-base font-semibold">{t('signUp.adminSection')}</legend>
          <TextField
            label={t('signUp.adminLogin')}
            hint={t('signUp.adminLoginHint')}
            autoComplete="username"
            maxLength={254}
            required
            {...field('adminLogin')}
          />
          <TextField
            label={t('signUp.displayName')}
            autoComplete="name"
            maxLength={60}
            required
            {...field('displayName')}
          />
          <TextField
            label={t('signUp.password')}
            hint={t('password.newHint')}
            type="password"
            autoComplete="new-password"
            required
            name="password"
            error={failure?.fieldErrors?.password}
          />
          <TextField
            label={t('signUp.confirmPassword')}
            type="password"
            autoComplete="new-password"
            required
            name="confirmPassword"
            error={failure?.fieldErrors?.confirmPassword}
          />
        </fieldset>
        <p className="text-xs text-slate-600">{t('signUp.twoFactorNote')}</p>
        <button
          type="submit"
          className={`${buttonClass.primary} w-full py-2.5 text-base`}
          disabled={navigation.state === 'submitting'}
        >
          {t('signUp.submit')}
        </button>
      </Form>
    </AuthFrame>
  );
}
