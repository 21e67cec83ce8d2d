// The county's towns (乡镇、街道): onboard one (name, division code, web address), invite its
// administrator, deactivate it and bring it back. Deactivating keeps every record: the town can
// still be read, and nothing in it can change until it is reactivated.
import { formatDate } from '@concord/i18n';
import { Form, Link, useNavigation } from 'react-router';
import { InvitationLink } from '../components/copy-button.tsx';
import { buttonClass, FormError, Notice, TextField } from '../components/form.tsx';
import { IntentNotice } from '../components/intent-notice.tsx';
import { InviteeFields } from '../components/invitee-fields.tsx';
import {
  Badge,
  Card,
  ChildErrorBoundary,
  EmptyState,
  PageHeader,
  Section,
  Table,
  TableHead,
  tdClass,
} from '../components/page.tsx';
import { failureOf, type IntentResult } from '../lib/action-result.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { intentFailure, readIntentForm } from '../lib/intent-form.server.ts';
import { message } from '../lib/messages.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { allows, useTenantData } from '../lib/tenant-data.ts';
import type { Route } from './+types/t.$tenantSlug.towns';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const towns = await guard(caller.town.list({ tenantSlug }));
  const url = new URL(args.request.url);
  const find = (name: string) => towns.find((town) => town.id === url.searchParams.get(name));
  return { towns, deactivating: find('deactivate') ?? null, inviting: find('invite') ?? null };
}

type Field = 'name' | 'divisionCode' | 'slug' | 'login' | 'displayName';
type Result = IntentResult<
  Field,
  { invitation?: { link: string; name: string; town: string; expiresAt: Date } }
>;

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const { intent, text } = await readIntentForm(args.request, [
    'create',
    'deactivate',
    'reactivate',
    'invite',
  ]);
  const townId = text('townId');
  const values: Partial<Record<Field, string>> = {
    name: text('name'),
    divisionCode: text('divisionCode'),
    slug: text('slug').toLowerCase(),
    login: text('login'),
    displayName: text('displayName'),
  };
  try {
    switch (intent) {
      case 'create': {
        const created = await caller.town.create({
          tenantSlug,
          name: values.name ?? '',
          divisionCode: values.divisionCode ?? '',
          slug: values.slug ?? '',
        });
        return {
          ok: true,
          intent,
          target: created.townId,
          notice: message('towns.created', { name: values.name ?? '' }),
        } satisfies Result;
      }
      case 'deactivate':
      case 'reactivate': {
        const change = intent === 'deactivate' ? caller.town.deactivate : caller.town.reactivate;
        await change({ tenantSlug, townId });
        return {
          ok: true,
          intent,
          target: townId,
          notice: message(intent === 'deactivate' ? 'towns.deactivated' : 'towns.reactivated', {
            name: text('townName'),
          }),
        } satisfies Result;
      }
      case 'invite': {
        // The town is one of this county's (the API checks the slug against the caller's
        // memberships); the administrator is invited on the town itself.
        const invitation = await caller.member.invite({
          tenantSlug: text('townSlug'),
          login: values.login ?? '',
          displayName: values.displayName ?? '',
          role: 'town_admin',
        });
        const origin = app.env.PUBLIC_ORIGIN ?? new URL(args.request.url).origin;
        return {
          ok: true,
          intent,
          target: townId,
          notice: message('invite.createdShort'),
          invitation: {
            link: `${origin.replace(/\/$/, '')}/invitation/${invitation.token}`,
            name: values.displayName ?? '',
            town: text('townName'),
            expiresAt: invitation.expiresAt,
          },
        } satisfies Result;
      }
    }
  } catch (error) {
    return intentFailure<Field>(app, error, {
      intent,
      target: townId,
      values,
      codeFields: { LOGIN_INVALID: 'login' },
      reasonFields: {
        SLUG_TAKEN: 'slug',
        NAME_TAKEN: 'name',
        DIVISION_CODE_TAKEN: 'divisionCode',
        NOT_IN_COUNTY: 'divisionCode',
      },
    });
  }
}

export default function Towns({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const data = useTenantData();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const canConfigure = allows(data, 'tenant:configure');
  const result = actionData as Result | undefined;
  const { towns, deactivating, inviting } = loaderData;
  const base = `/t/${data.tenant.slug}/towns`;
  const createFailure = failureOf(result, 'create');
  const inviteFailure = failureOf(result, 'invite', inviting?.id);
  const invited =
    result?.ok && result.intent === 'invite' && result.target === inviting?.id
      ? result.invitation
      : undefined;
  const countyCode = data.tenant.divisionCode?.slice(0, 6) ?? '';
  return (
    <>
      <PageHeader
        title={t('towns.title')}
        description={t('towns.intro', { county: data.tenant.name })}
        actions={
          allows(data, 'tenant:configure') ? (
            <Link to={`/t/${data.tenant.slug}/onboarding`} className={buttonClass.secondary}>
              {t('towns.onboardingLink')}
            </Link>
          ) : null
        }
      />

      {canConfigure && deactivating ? (
        <Card className="mb-6 border-slate-400">
          <h2 className="text-base font-semibold" id="confirm-deactivate">
            {deactivating.active
              ? t('towns.deactivateTitle', { name: deactivating.name })
              : t('towns.alreadyInactive', { name: deactivating.name })}
          </h2>
          {deactivating.active ? (
            <>
              <p className="mt-2 text-sm text-slate-700">{t('towns.deactivateBody')}</p>
              <Form method="post" action={base} className="mt-4 flex flex-wrap gap-2">
                <input type="hidden" name="intent" value="deactivate" />
                <input type="hidden" name="townId" value={deactivating.id} />
                <input type="hidden" name="townName" value={deactivating.name} />
                <button type="submit" className={buttonClass.danger} disabled={busy}>
                  {t('towns.deactivateConfirm', { name: deactivating.name })}
                </button>
                <Link to={base} className={buttonClass.secondary}>
                  {t('settings.cancel')}
                </Link>
              </Form>
            </>
          ) : null}
        </Card>
      ) : null}

      <Section title={t('towns.listTitle', { count: towns.length })} id="towns">
        <div className="mb-3 space-y-2">
          <IntentNotice result={result} intent={['deactivate', 'reactivate']} />
        </div>
        {towns.length === 0 ? (
          <EmptyState>{t('towns.empty')}</EmptyState>
        ) : (
          <Table label={t('towns.listTitle', { count: towns.length })}>
            <TableHead
              columns={[
                t('towns.name'),
                t('towns.divisionCode'),
                t('towns.address'),
                t('settings.status'),
                t('towns.createdAt'),
              ]}
              actions
            />
            <tbody className="divide-y divide-slate-100" data-testid="towns-table">
              {towns.map((town) => (
                <tr key={town.id} className={town.active ? undefined : 'bg-slate-50'}>
                  <td className={`${tdClass} font-medium whitespace-nowrap`}>
                    <Link
                      to={`/t/${town.slug}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                    >
                      {town.name}
                    </Link>
                  </td>
                  <td className={`${tdClass} tabular-nums`}>{town.divisionCode ?? '—'}</td>
                  <td className={`${tdClass} font-mono text-xs`}>/t/{town.slug}</td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    {town.active ? (
                      <Badge tone="neutral">{t('towns.active')}</Badge>
                    ) : (
                      <Badge tone="muted">{t('tenant.switcher.inactive')}</Badge>
                    )}
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    {formatDate(locale, town.createdAt)}
                  </td>
                  <td className={tdClass}>
                    <div className="flex flex-wrap justify-end gap-1.5">
                      <Link to={`/t/${town.slug}/units`} className={buttonClass.small}>
                        {t('towns.units')}
                      </Link>
                      <Link to={`/t/${town.slug}/members`} className={buttonClass.small}>
                        {t('towns.members')}
                      </Link>
                      {canConfigure && town.active ? (
                        <Link
                          to={`${base}?invite=${town.id}#invite`}
                          className={buttonClass.small}
                          aria-label={t('towns.inviteAdminLabel', { name: town.name })}
                        >
                          {t('towns.inviteAdmin')}
                        </Link>
                      ) : null}
                      {canConfigure ? (
                        town.active ? (
                          <Link
                            to={`${base}?deactivate=${town.id}`}
                            className={buttonClass.smallDanger}
                            aria-label={t('towns.deactivateLabel', { name: town.name })}
                          >
                            {t('towns.deactivate')}
                          </Link>
                        ) : (
                          <Form method="post" action={base}>
                            <input type="hidden" name="intent" value="reactivate" />
                            <input type="hidden" name="townId" value={town.id} />
                            <input type="hidden" name="townName" value={town.name} />
                            <button
                              type="submit"
                              className={buttonClass.small}
                              aria-label={t('towns.reactivateLabel', { name: town.name })}
                            >
                              {t('towns.reactivate')}
                            </button>
                          </Form>
                        )
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>

      {canConfigure && inviting ? (
        <Section title={t('towns.inviteTitle', { name: inviting.name })} id="invite">
          <Card>
            <p className="text-sm text-slate-600">{t('towns.inviteIntro')}</p>
            {invited ? (
              <div className="mt-4 space-y-3">
                <Notice>
                  {t('towns.invited', {
                    name: invited.name,
                    town: invited.town,
                    date: formatDate(locale, invited.expiresAt),
                  })}
                </Notice>
                <InvitationLink link={invited.link} />
              </div>
            ) : null}
            <Form
              method="post"
              action={`${base}?invite=${inviting.id}`}
              className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 lg:items-start"
              noValidate
              key={invited?.link ?? 'invite'}
            >
              <input type="hidden" name="intent" value="invite" />
              <input type="hidden" name="townId" value={inviting.id} />
              <input type="hidden" name="townSlug" value={inviting.slug} />
              <input type="hidden" name="townName" value={inviting.name} />
              <div className="sm:col-span-2 lg:col-span-3 empty:hidden">
                <FormError error={inviteFailure?.formError} />
              </div>
              <InviteeFields failure={inviteFailure} />
              <div className="flex gap-2 lg:pt-6">
                <button type="submit" className={buttonClass.primary} disabled={busy}>
                  {t('invite.submit')}
                </button>
                <Link to={base} className={buttonClass.secondary}>
                  {t('settings.close')}
                </Link>
              </div>
            </Form>
          </Card>
        </Section>
      ) : null}

      {canConfigure ? (
        <Section title={t('towns.createTitle')} id="create">
          <Card>
            <p className="text-sm text-slate-600">{t('towns.createIntro')}</p>
            <div className="mt-3 space-y-2">
              <IntentNotice result={result} intent="create" showFieldErrors={false} />
              {result?.ok && result.intent === 'create' && result.target ? (
                <Link
                  to={`${base}?invite=${result.target}#invite`}
                  className={buttonClass.secondary}
                >
                  {t('towns.inviteNow')}
                </Link>
              ) : null}
            </div>
            <Form
              method="post"
              action={base}
              className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
              noValidate
              key={result?.ok && result.intent === 'create' ? result.target : 'create'}
            >
              <input type="hidden" name="intent" value="create" />
              <TextField
                label={t('towns.name')}
                hint={t('towns.nameHint')}
                name="name"
                maxLength={30}
                required
                defaultValue={createFailure?.values?.name ?? ''}
                error={createFailure?.fieldErrors?.name}
              />
              <TextField
                label={t('towns.divisionCode')}
                hint={t('towns.divisionCodeHint', { prefix: countyCode || '……' })}
                name="divisionCode"
                inputMode="numeric"
                maxLength={12}
                required
                defaultValue={createFailure?.values?.divisionCode ?? countyCode}
                error={createFailure?.fieldErrors?.divisionCode}
              />
              <TextField
                label={t('towns.slug')}
                hint={t('towns.slugHint', { example: `${data.tenant.slug}-chengguan` })}
                name="slug"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={63}
                required
                defaultValue={createFailure?.values?.slug ?? `${data.tenant.slug}-`}
                error={createFailure?.fieldErrors?.slug}
              />
              <div className="lg:pt-6">
                <button type="submit" className={`${buttonClass.primary} w-full`} disabled={busy}>
                  {t('towns.create')}
                </button>
              </div>
            </Form>
          </Card>
        </Section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
