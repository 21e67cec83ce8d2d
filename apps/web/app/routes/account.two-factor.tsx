// Two-factor sign-in for the signed-in person: set it up (QR code, manual key, a first code,
// recovery codes shown once) or, where the role allows, turn it off with the password.
import { useEffect, useState } from 'react';
import { data, Form, Link, useNavigation } from 'react-router';
import { AccountFrame } from '../components/account-frame.tsx';
import { buttonClass, FormError, Notice, TextField } from '../components/form.tsx';
import { Card, ChildErrorBoundary, PageHeader } from '../components/page.tsx';
import { appContext } from '../context.server.ts';
import { api } from '../lib/api.server.ts';
import { failureStatus, formFailure } from '../lib/api-errors.server.ts';
import { groupInFours } from '../lib/format.ts';
import { useT } from '../lib/i18n.ts';
import { type FormFailure, type Message, message } from '../lib/messages.ts';
import { requireAuth, safeRedirectPath } from '../lib/session.server.ts';
import { twoFactorRequired } from '../lib/two-factor.server.ts';
import type { Route } from './+types/account.two-factor';

export async function loader({ request, context }: Route.LoaderArgs) {
  const app = context.get(appContext);
  const auth = await requireAuth(request, app);
  return {
    enabled: auth.user.totpEnabled,
    required: await twoFactorRequired(request, app, auth),
    // Where the person was going when set-up was required of them.
    next: safeRedirectPath(new URL(request.url).searchParams.get('redirectTo')),
  };
}

type Field = 'code' | 'password';
interface Enrolment {
  qrCodeSvg: string;
  manualKey: string;
}
type ActionResult =
  | { intent: 'begin'; ok: true; enrolment: Enrolment }
  | { intent: 'confirm'; ok: true; recoveryCodes: string[] }
  | { intent: 'disable'; ok: true; notice: Message }
  | (FormFailure<Field> & { intent: string });

export async function action({ request, context }: Route.ActionArgs) {
  const app = context.get(appContext);
  const auth = await requireAuth(request, app);
  const caller = api(request, app, auth);
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  try {
    if (intent === 'begin') {
      const { qrCodeSvg, manualKey } = await caller.account.beginTotpEnrolment();
      return { intent, ok: true, enrolment: { qrCodeSvg, manualKey } } satisfies ActionResult;
    }
    if (intent === 'confirm') {
      const code = String(form.get('code') ?? '').replace(/\s/g, '');
      if (!/^\d{6}$/.test(code))
        return data<ActionResult>(
          {
            intent,
            ok: false,
            fieldErrors: {
              code: message(code ? 'twoFactor.error.sixDigits' : 'form.error.required'),
            },
          },
          { status: 400 },
        );
      const { recoveryCodes } = await caller.account.confirmTotpEnrolment({ code });
      return { intent, ok: true, recoveryCodes } satisfies ActionResult;
    }
    if (intent === 'disable') {
      if (await twoFactorRequired(request, app, auth))
        return data<ActionResult>(
          { intent, ok: false, formError: message('enrol.disable.notAllowed') },
          { status: 403 },
        );
      const password = String(form.get('password') ?? '');
      if (!password)
        return data<ActionResult>(
          { intent, ok: false, fieldErrors: { password: message('form.error.required') } },
          { status: 400 },
        );
      await caller.account.disableTotp({ password });
      return { intent, ok: true, notice: message('enrol.disabled') } satisfies ActionResult;
    }
  } catch (error) {
    const failure = formFailure<Field>(app, error, {
      codeFields: {
        TOTP_INVALID: 'code',
        TOTP_REPLAYED: 'code',
        INVALID_CREDENTIALS: intent === 'disable' ? 'password' : undefined,
      },
    });
    if (failure.fieldErrors?.password && intent === 'disable')
      failure.fieldErrors.password = message('password.currentWrong');
    return data<ActionResult>({ ...failure, intent }, { status: failureStatus(error) });
  }
  throw data(null, { status: 400 });
}

function RecoveryCodes({ codes, next }: { codes: string[]; next: string }) {
  const t = useT();
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('enrol.done.title')}</h2>
      <p className="mt-2 text-sm text-slate-700">{t('enrol.done.codes')}</p>
      <ol
        className="mt-4 grid grid-cols-1 gap-2 rounded-md border border-slate-200 bg-slate-50 p-4 font-mono text-base tracking-wide sm:grid-cols-2"
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <li key={code} className="select-all">
            {code}
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm text-slate-600">{t('enrol.done.otherSessions')}</p>
      <Link to={next} className={`${buttonClass.primary} mt-5`} data-testid="recovery-codes-saved">
        {t('enrol.done.saved')}
      </Link>
    </Card>
  );
}

export default function AccountTwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const result = actionData as ActionResult | undefined;
  // With JavaScript the QR code stays on screen after a mistyped code; without, the key already
  // scanned stays valid and only the code field is shown again.
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  useEffect(() => {
    if (result?.ok && result.intent === 'begin') setEnrolment(result.enrolment);
  }, [result]);
  const shown = result?.ok && result.intent === 'begin' ? result.enrolment : enrolment;
  const failure = result && !result.ok ? result : undefined;

  if (result?.ok && result.intent === 'confirm')
    return (
      <AccountFrame>
        <PageHeader title={t('enrol.title')} />
        <RecoveryCodes codes={result.recoveryCodes} next={loaderData.next} />
      </AccountFrame>
    );

  const confirming = Boolean(shown) || failure?.intent === 'confirm';
  return (
    <AccountFrame>
      <PageHeader title={t('enrol.title')} description={t('enrol.intro')} />
      {result?.ok && result.intent === 'disable' ? (
        <div className="mb-4">
          <Notice>{t(result.notice.key)}</Notice>
        </div>
      ) : null}
      {loaderData.enabled ? (
        <Card>
          <p className="font-medium text-brand-800" data-testid="two-factor-enabled">
            {t('enrol.enabled')}
          </p>
          {loaderData.required ? (
            <p className="mt-2 text-sm text-slate-700">{t('enrol.disable.notAllowed')}</p>
          ) : (
            <Form method="post" className="mt-5 max-w-sm space-y-4" noValidate>
              <h2 className="text-base font-semibold">{t('enrol.disable.title')}</h2>
              <p className="text-sm text-slate-600">{t('enrol.disable.body')}</p>
              <FormError error={failure?.intent === 'disable' ? failure.formError : undefined} />
              <input type="hidden" name="intent" value="disable" />
              <TextField
                label={t('password.current')}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                error={failure?.intent === 'disable' ? failure.fieldErrors?.password : undefined}
              />
              <button type="submit" className={buttonClass.danger} disabled={busy}>
                {t('enrol.disable.submit')}
              </button>
            </Form>
          )}
        </Card>
      ) : (
        <Card>
          {loaderData.required ? (
            <p
              className="mb-4 rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900"
              data-testid="two-factor-required"
            >
              {t('enrol.required')}
            </p>
          ) : null}
          {confirming ? (
            <div className="space-y-6">
              {shown ? (
                <div>
                  <h2 className="text-base font-semibold">{t('enrol.step1')}</h2>
                  <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-start">
                    <div
                      role="img"
                      aria-label={t('enrol.qrAlt')}
                      className="size-48 shrink-0 rounded-md border border-slate-200 bg-white p-2 [&>svg]:size-full"
                      // The SVG is generated by our own server (uqr, from the key URI), never
                      // from user input, so inserting it as markup is safe.
                      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-generated QR code
                      dangerouslySetInnerHTML={{ __html: shown.qrCodeSvg }}
                    />
                    <div className="min-w-0">
                      <p className="text-sm text-slate-700">{t('enrol.manualKey')}</p>
                      <p
                        className="mt-2 font-mono text-lg tracking-wider break-words select-all"
                        data-testid="totp-manual-key"
                      >
                        {groupInFours(shown.manualKey)}
                      </p>
                    </div>
                  </div>
                </div>
              ) : (
                <p className="text-sm text-slate-700">{t('enrol.keyStillValid')}</p>
              )}
              <Form method="post" className="max-w-sm space-y-4" noValidate>
                <h2 className="text-base font-semibold">{t('enrol.step2')}</h2>
                <FormError error={failure?.intent === 'confirm' ? failure.formError : undefined} />
                <input type="hidden" name="intent" value="confirm" />
                <TextField
                  label={t('twoFactor.code')}
                  hint={t('twoFactor.codeHint')}
                  name="code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9]*"
                  maxLength={6}
                  required
                  error={failure?.intent === 'confirm' ? failure.fieldErrors?.code : undefined}
                />
                <button type="submit" className={buttonClass.primary} disabled={busy}>
                  {t('enrol.confirm')}
                </button>
              </Form>
              <Form method="post">
                <input type="hidden" name="intent" value="begin" />
                <button
                  type="submit"
                  className="text-sm text-brand-700 underline underline-offset-2 hover:text-brand-800"
                >
                  {t('enrol.restart')}
                </button>
              </Form>
            </div>
          ) : (
            <Form method="post">
              <FormError error={failure?.intent === 'begin' ? failure.formError : undefined} />
              <input type="hidden" name="intent" value="begin" />
              <button
                type="submit"
                className={buttonClass.primary}
                disabled={busy}
                data-testid="two-factor-start"
              >
                {t('enrol.start')}
              </button>
            </Form>
          )}
        </Card>
      )}
    </AccountFrame>
  );
}

export function ErrorBoundary() {
  return (
    <AccountFrame>
      <ChildErrorBoundary />
    </AccountFrame>
  );
}
