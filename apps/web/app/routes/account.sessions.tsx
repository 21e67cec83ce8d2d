// Where the person is signed in: end one session or all others, and change the password
// (which ends the other sessions too).
import { data, Form, useNavigation } from 'react-router';
import { AccountFrame } from '../components/account-frame.tsx';
import { buttonClass, confirmSubmit, FormError, Notice, TextField } from '../components/form.tsx';
import {
  Badge,
  Card,
  ChildErrorBoundary,
  PageHeader,
  Section,
  Table,
  tdClass,
  thClass,
} from '../components/page.tsx';
import { appContext } from '../context.server.ts';
import { api } from '../lib/api.server.ts';
import { failureStatus, formFailure } from '../lib/api-errors.server.ts';
import { formatDateTime, shortUserAgent } from '../lib/format.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { type FormFailure, type Message, message } from '../lib/messages.ts';
import { requireAuth } from '../lib/session.server.ts';
import type { Route } from './+types/account.sessions';

export async function loader({ request, context }: Route.LoaderArgs) {
  const app = context.get(appContext);
  const auth = await requireAuth(request, app);
  const sessions = await api(request, app, auth).account.listSessions();
  return {
    sessions: sessions.map((session) => ({
      id: session.id,
      device: shortUserAgent(session.userAgent),
      userAgent: session.userAgent,
      ip: session.ip,
      createdAt: session.createdAt,
      lastActiveAt: session.lastActiveAt,
      current: session.current,
    })),
  };
}

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
type ActionResult =
  | { intent: string; ok: true; notice: Message }
  | (FormFailure<Field> & { intent: string });

const PASSWORD_POLICY_CODES = [
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
  'PASSWORD_EQUALS_LOGIN',
] as const;

export async function action({ request, context }: Route.ActionArgs) {
  const app = context.get(appContext);
  const auth = await requireAuth(request, app);
  const caller = api(request, app, auth);
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  try {
    if (intent === 'revoke') {
      await caller.account.revokeSession({ sessionId: String(form.get('sessionId') ?? '') });
      return { intent, ok: true, notice: message('sessions.revoked') } satisfies ActionResult;
    }
    if (intent === 'signOutElsewhere') {
      const { revoked } = await caller.account.signOutElsewhere();
      return {
        intent,
        ok: true,
        notice: message('sessions.signedOutElsewhere', { count: revoked }),
      } satisfies ActionResult;
    }
    if (intent === 'changePassword') {
      const currentPassword = String(form.get('currentPassword') ?? '');
      const newPassword = String(form.get('newPassword') ?? '');
      const confirmPassword = String(form.get('confirmPassword') ?? '');
      const fieldErrors: Partial<Record<Field, Message>> = {};
      if (!currentPassword) fieldErrors.currentPassword = message('form.error.required');
      if (!newPassword) fieldErrors.newPassword = message('form.error.required');
      else if (newPassword !== confirmPassword)
        fieldErrors.confirmPassword = message('form.error.passwordMismatch');
      if (Object.keys(fieldErrors).length > 0)
        return data<ActionResult>({ intent, ok: false, fieldErrors }, { status: 400 });
      await caller.account.changePassword({ currentPassword, newPassword });
      return { intent, ok: true, notice: message('password.changed') } satisfies ActionResult;
    }
  } catch (error) {
    const failure = formFailure<Field>(app, error, {
      codeFields: {
        ...Object.fromEntries(PASSWORD_POLICY_CODES.map((code) => [code, 'newPassword' as const])),
        INVALID_CREDENTIALS: intent === 'changePassword' ? 'currentPassword' : undefined,
      },
    });
    if (
      intent === 'changePassword' &&
      failure.fieldErrors?.currentPassword?.key === 'error.code.INVALID_CREDENTIALS'
    )
      failure.fieldErrors.currentPassword = message('password.currentWrong');
    return data<ActionResult>({ ...failure, intent }, { status: failureStatus(error) });
  }
  throw data(null, { status: 400 });
}

export default function Sessions({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const result = actionData as ActionResult | undefined;
  const sessionResult = result && result.intent !== 'changePassword' ? result : undefined;
  const passwordResult = result?.intent === 'changePassword' ? result : undefined;
  const others = loaderData.sessions.filter((session) => !session.current).length;
  return (
    <AccountFrame>
      <PageHeader title={t('sessions.title')} description={t('sessions.intro')} />
      <Section
        title={t('sessions.listTitle')}
        id="sessions"
        actions={
          others > 0 ? (
            <Form method="post" onSubmit={confirmSubmit(t('sessions.signOutElsewhereConfirm'))}>
              <input type="hidden" name="intent" value="signOutElsewhere" />
              <button type="submit" className={buttonClass.secondary} disabled={busy}>
                {t('sessions.signOutElsewhere')}
              </button>
            </Form>
          ) : null
        }
      >
        {sessionResult ? (
          <div className="mb-3">
            {sessionResult.ok ? (
              <Notice>{t(sessionResult.notice.key, sessionResult.notice.params)}</Notice>
            ) : (
              <FormError error={sessionResult.formError} />
            )}
          </div>
        ) : null}
        <Table label={t('sessions.listTitle')}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={thClass}>
                {t('sessions.device')}
              </th>
              <th scope="col" className={thClass}>
                {t('sessions.ip')}
              </th>
              <th scope="col" className={thClass}>
                {t('sessions.created')}
              </th>
              <th scope="col" className={thClass}>
                {t('sessions.lastActive')}
              </th>
              <th scope="col" className={thClass}>
                <span className="sr-only">{t('sessions.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="sessions-table">
            {loaderData.sessions.map((session) => (
              <tr key={session.id}>
                <td className={`${tdClass} whitespace-nowrap`}>
                  <span title={session.userAgent ?? undefined}>
                    {session.device ?? t('sessions.unknownDevice')}
                  </span>
                  {session.current ? (
                    <span className="ml-2">
                      <Badge tone="brand">{t('sessions.thisDevice')}</Badge>
                    </span>
                  ) : null}
                </td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{session.ip ?? '—'}</td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                  {formatDateTime(locale, session.createdAt)}
                </td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                  {formatDateTime(locale, session.lastActiveAt)}
                </td>
                <td className={`${tdClass} text-right`}>
                  {session.current ? null : (
                    <Form method="post" onSubmit={confirmSubmit(t('sessions.revokeConfirm'))}>
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="sessionId" value={session.id} />
                      <button type="submit" className={buttonClass.smallDanger} disabled={busy}>
                        {t('sessions.revoke')}
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        {others === 0 ? <p className="mt-2 text-sm text-slate-600">{t('sessions.none')}</p> : null}
      </Section>

      <Section title={t('password.title')} id="password">
        <Card>
          <Form
            method="post"
            className="max-w-sm space-y-4"
            noValidate
            key={passwordResult?.ok ? 'changed' : 'form'}
          >
            {passwordResult?.ok ? <Notice>{t(passwordResult.notice.key)}</Notice> : null}
            <FormError
              error={passwordResult && !passwordResult.ok ? passwordResult.formError : undefined}
            />
            <input type="hidden" name="intent" value="changePassword" />
            <TextField
              label={t('password.current')}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
              error={
                passwordResult && !passwordResult.ok
                  ? passwordResult.fieldErrors?.currentPassword
                  : undefined
              }
            />
            <TextField
              label={t('password.new')}
              hint={t('password.newHint')}
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
              error={
                passwordResult && !passwordResult.ok
                  ? passwordResult.fieldErrors?.newPassword
                  : undefined
              }
            />
            <TextField
              label={t('password.confirm')}
              name="confirmPassword"
              type="password"
              autoComplete="new-password"
              required
              error={
                passwordResult && !passwordResult.ok
                  ? passwordResult.fieldErrors?.confirmPassword
                  : undefined
              }
            />
            <button type="submit" className={buttonClass.primary} disabled={busy}>
              {t('password.submit')}
            </button>
          </Form>
        </Card>
      </Section>
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
