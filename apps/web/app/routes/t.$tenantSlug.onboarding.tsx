// 入驻进度: where each town stands in onboarding (administrator in, units imported, staff invited,
// first case registered) and the county's own checklist, with the next step for each.
import { formatNumber } from '@concord/i18n';
import { Link } from 'react-router';
import { DoneMark } from '../components/fields.tsx';
import { buttonClass } from '../components/form.tsx';
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
import { useLocale, useT } from '../lib/i18n.ts';
import { loadTiers } from '../lib/settings.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { useTenantData } from '../lib/tenant-data.ts';
import { tierName } from '../lib/tiers.ts';
import type { Route } from './+types/t.$tenantSlug.onboarding';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const [board, tiers] = await Promise.all([
    guard(caller.onboarding.board({ tenantSlug })),
    loadTiers(caller, guard, tenantSlug),
  ]);
  return { board, tiers };
}

type Town = Route.ComponentProps['loaderData']['board']['towns'][number];

/** Staff beyond the administrator: the board's invitation counts leave the administrator's out. */
function staffInvited(town: Town): boolean {
  return town.mediators > 0 || town.invitations.pending + town.invitations.accepted > 0;
}

export default function Onboarding({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { tenant } = useTenantData();
  const { board, tiers } = loaderData;
  const base = `/t/${tenant.slug}`;
  const steps = (town: Town) => [
    town.administratorAccepted,
    town.unitsImported > 0,
    staffInvited(town),
    town.casesRegistered > 0,
  ];
  const complete = board.towns.filter((town) => steps(town).every(Boolean)).length;
  const townTier = tierName(tiers, 2, t);
  const unitTiers = tiers.names.slice(2).join('/');
  const nextStep = (town: Town) => {
    if (!town.active) return null;
    if (!town.administratorAccepted)
      return {
        to: `${base}/towns?invite=${town.townId}#invite`,
        label: t('onboarding.next.inviteAdmin'),
      };
    if (town.unitsImported === 0)
      return { to: `/t/${town.slug}/units/import`, label: t('onboarding.next.import') };
    if (!staffInvited(town))
      return { to: `/t/${town.slug}/members#invitations`, label: t('onboarding.next.inviteStaff') };
    return null;
  };
  const checklist = [
    {
      done: board.county.tiersConfigured,
      label: t('onboarding.county.tiers'),
      to: `${base}/settings/tiers`,
    },
    {
      done: board.county.categoriesReviewed,
      label: t('onboarding.county.categories'),
      to: `${base}/settings/categories`,
    },
    {
      done: board.county.townsCreated > 0,
      label: t('onboarding.county.towns', { count: board.county.townsCreated, tier: townTier }),
      to: `${base}/towns`,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('onboarding.title')}
        description={t('onboarding.intro')}
        actions={
          <Link to={`${base}/towns#create`} className={buttonClass.secondary}>
            {t('onboarding.addTown', { tier: townTier })}
          </Link>
        }
      />
      <Section title={t('onboarding.county.title')} id="county">
        <Card>
          <ul className="space-y-2" data-testid="county-checklist">
            {checklist.map((item) => (
              <li key={item.to} className="flex flex-wrap items-center justify-between gap-2">
                <DoneMark done={item.done} label={item.label} />
                <Link to={item.to} className="text-sm text-brand-700 underline underline-offset-2">
                  {item.done ? t('onboarding.review') : t('onboarding.doIt')}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      </Section>
      <Section
        title={t('onboarding.towns.title', { tier: townTier })}
        id="towns"
        actions={
          board.towns.length > 0 ? (
            <p className="text-sm text-slate-600">
              {t('onboarding.towns.complete', { complete, total: board.towns.length })}
            </p>
          ) : null
        }
      >
        {board.towns.length === 0 ? (
          <EmptyState>
            {t('onboarding.towns.empty', { tier: townTier })}{' '}
            <Link
              to={`${base}/towns#create`}
              className="text-brand-700 underline underline-offset-2"
            >
              {t('onboarding.addTown', { tier: townTier })}
            </Link>
          </EmptyState>
        ) : (
          <Table label={t('onboarding.towns.title', { tier: townTier })}>
            <TableHead
              columns={[
                townTier,
                t('onboarding.col.admin'),
                t('onboarding.col.units', { tiers: unitTiers }),
                t('onboarding.col.staff'),
                t('onboarding.col.firstCase'),
                t('onboarding.col.next'),
              ]}
            />
            <tbody className="divide-y divide-slate-100" data-testid="onboarding-table">
              {board.towns.map((town) => {
                const next = nextStep(town);
                return (
                  <tr key={town.townId}>
                    <td className={`${tdClass} whitespace-nowrap`}>
                      <Link
                        to={`/t/${town.slug}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {town.name}
                      </Link>
                      {town.active ? null : (
                        <span className="ml-2">
                          <Badge tone="muted">{t('tenant.switcher.inactive')}</Badge>
                        </span>
                      )}
                      <div className="text-xs text-slate-500 tabular-nums">{town.divisionCode}</div>
                    </td>
                    <td className={tdClass} data-testid="admin-accepted">
                      <DoneMark
                        done={town.administratorAccepted}
                        label={
                          town.administratorAccepted
                            ? t('onboarding.admin.yes')
                            : t('onboarding.admin.no')
                        }
                      />
                    </td>
                    <td className={tdClass} data-testid="units-imported">
                      <DoneMark
                        done={town.unitsImported > 0}
                        label={
                          town.unitsImported > 0
                            ? t('onboarding.units.count', {
                                count: formatNumber(locale, town.unitsImported),
                              })
                            : t('onboarding.units.none')
                        }
                      />
                    </td>
                    <td className={tdClass}>
                      <DoneMark
                        done={staffInvited(town)}
                        label={t('onboarding.staff', {
                          pending: town.invitations.pending,
                          accepted: town.invitations.accepted,
                          mediators: town.mediators,
                        })}
                      />
                    </td>
                    <td className={tdClass}>
                      <DoneMark
                        done={town.casesRegistered > 0}
                        label={
                          town.casesRegistered > 0
                            ? t('onboarding.cases.count', {
                                count: formatNumber(locale, town.casesRegistered),
                              })
                            : t('onboarding.cases.none')
                        }
                      />
                    </td>
                    <td className={`${tdClass} whitespace-nowrap`}>
                      {next ? (
                        <Link to={next.to} className={buttonClass.small}>
                          {next.label}
                        </Link>
                      ) : steps(town).every(Boolean) ? (
                        <span className="text-sm text-slate-600">{t('onboarding.next.done')}</span>
                      ) : (
                        <span className="text-sm text-slate-600">
                          {t('onboarding.next.waitCase')}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Section>
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
