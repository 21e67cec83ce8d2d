// The tenant's dashboard: the unit, the person's roles, the caseload (open, overdue, due soon,
// by status — real counts from the case list), its people and, for a county, its towns.
import { formatNumber } from '@concord/i18n';
import { Link } from 'react-router';
import { CaseFigures } from '../components/case-figures.tsx';
import { Badge, Card, ChildErrorBoundary, PageHeader, Section } from '../components/page.tsx';
import { loadCaseFigures } from '../lib/case-figures.server.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { roleKey, tenantKindKey } from '../lib/roles.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { allows, useTenantData } from '../lib/tenant-data.ts';
import type { Route } from './+types/t.$tenantSlug._index';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  const [members, towns, invitations, onboarding] = await Promise.all([
    guard(caller.member.list({ tenantSlug })),
    current.tenant.kind === 'county' ? guard(caller.tenant.listTowns({ tenantSlug })) : [],
    current.permissions.includes('member:invite')
      ? guard(caller.member.listInvitations({ tenantSlug }))
      : null,
    current.tenant.kind === 'county' && current.permissions.includes('tenant:configure')
      ? guard(caller.onboarding.board({ tenantSlug }))
      : null,
  ]);
  const now = Date.now();
  const caseFigures = current.permissions.includes('case:read')
    ? await guard(loadCaseFigures(caller, tenantSlug))
    : null;
  return {
    caseFigures,
    memberCount: new Set(members.map((member) => member.userId)).size,
    withoutTwoFactor: new Set(members.filter((m) => !m.twoFactor).map((m) => m.userId)).size,
    towns,
    townsWithAdministrator: onboarding
      ? onboarding.towns.filter((town) => town.administratorAccepted).length
      : null,
    pendingInvitations:
      invitations?.filter(
        (invitation) =>
          !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt.getTime() > now,
      ).length ?? null,
  };
}

function Figure({
  label,
  value,
  to,
  linkLabel,
}: {
  label: string;
  value: string;
  to?: string;
  linkLabel?: string;
}) {
  return (
    <Card>
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-3xl font-semibold tabular-nums">{value}</p>
      {to && linkLabel ? (
        <Link
          to={to}
          className="mt-2 inline-block text-sm text-brand-700 underline underline-offset-2 hover:text-brand-800"
        >
          {linkLabel}
        </Link>
      ) : null}
    </Card>
  );
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const data = useTenantData();
  const { tenant } = data;
  const base = `/t/${tenant.slug}`;
  return (
    <>
      <PageHeader
        title={tenant.name}
        description={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span>{t(tenantKindKey(tenant.kind))}</span>
            {tenant.divisionCode ? (
              <>
                <span aria-hidden="true">·</span>
                <span>
                  {t('dashboard.divisionCode')}{' '}
                  <span className="tabular-nums">{tenant.divisionCode}</span>
                </span>
              </>
            ) : null}
            {tenant.active ? null : <Badge tone="muted">{t('tenant.switcher.inactive')}</Badge>}
          </span>
        }
      />
      <Section title={t('dashboard.yourRoles')}>
        <ul className="flex flex-wrap gap-2" data-testid="my-roles">
          {data.roles.map((role) => (
            <li key={role}>
              <Badge tone="brand">{t(roleKey(role))}</Badge>
            </li>
          ))}
        </ul>
      </Section>
      {loaderData.caseFigures ? (
        <CaseFigures figures={loaderData.caseFigures} tenantSlug={tenant.slug} />
      ) : null}
      <div className="mb-8 grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {tenant.kind === 'county' ? (
          <Figure
            label={t('dashboard.townCount')}
            value={formatNumber(locale, loaderData.towns.length)}
            to="#towns"
            linkLabel={t('dashboard.townsLink')}
          />
        ) : null}
        {loaderData.townsWithAdministrator !== null ? (
          <Figure
            label={t('dashboard.onboarding')}
            value={`${formatNumber(locale, loaderData.townsWithAdministrator)} / ${formatNumber(locale, loaderData.towns.length)}`}
            to={`${base}/onboarding`}
            linkLabel={t('dashboard.onboardingLink')}
          />
        ) : null}
        <Figure
          label={t('dashboard.members')}
          value={formatNumber(locale, loaderData.memberCount)}
          to={allows(data, 'tenant:read') ? `${base}/members` : undefined}
          linkLabel={t('dashboard.membersLink')}
        />
        <Figure
          label={t('dashboard.withoutTwoFactor')}
          value={formatNumber(locale, loaderData.withoutTwoFactor)}
        />
        {loaderData.pendingInvitations !== null ? (
          <Figure
            label={t('dashboard.pendingInvitations')}
            value={formatNumber(locale, loaderData.pendingInvitations)}
            to={`${base}/members#invitations`}
            linkLabel={t('dashboard.invitationsLink')}
          />
        ) : null}
      </div>
      {tenant.kind === 'county' ? (
        <Section title={t('dashboard.towns')} id="towns">
          {loaderData.towns.length === 0 ? (
            <p className="text-sm text-slate-600">
              {t('dashboard.noTowns')}{' '}
              {allows(data, 'tenant:configure') ? (
                <Link
                  to={`${base}/towns#create`}
                  className="text-brand-700 underline underline-offset-2 hover:text-brand-800"
                >
                  {t('towns.createTitle')}
                </Link>
              ) : null}
            </p>
          ) : (
            <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="town-list">
              {loaderData.towns.map((town) => (
                <li key={town.id}>
                  <Link
                    to={`/t/${town.slug}`}
                    className="flex min-h-12 items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-brand-600 hover:bg-brand-50"
                  >
                    <span className="font-medium">{town.name}</span>
                    <span className="flex items-center gap-2 text-xs text-slate-500">
                      {town.active ? null : (
                        <Badge tone="muted">{t('tenant.switcher.inactive')}</Badge>
                      )}
                      <span className="tabular-nums">{town.divisionCode}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
