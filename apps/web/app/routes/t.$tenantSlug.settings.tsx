// The county's configuration (a town sees it read-only, and changes what the county lets it):
// a tab per kind of setting, each page with its version in force and history.
import { data, NavLink, Outlet } from 'react-router';
import { ChildErrorBoundary, PageHeader } from '../components/page.tsx';
import { useT } from '../lib/i18n.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { useTenantData } from '../lib/tenant-data.ts';
import type { Route } from './+types/t.$tenantSlug.settings';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  if (
    !current.permissions.includes('tenant:configure') &&
    !current.permissions.includes('town:manage')
  )
    throw data(null, { status: 403 });
  return null;
}

const tabs = [
  { path: 'tiers', label: 'settings.tab.tiers' },
  { path: 'categories', label: 'settings.tab.categories' },
  { path: 'intake-channels', label: 'settings.tab.intakeChannels' },
  { path: 'deadlines', label: 'settings.tab.deadlines' },
  { path: 'calendar', label: 'settings.tab.calendar' },
  { path: 'numbering', label: 'settings.tab.numbering' },
] as const;

export default function SettingsLayout() {
  const t = useT();
  const { tenant } = useTenantData();
  const base = `/t/${tenant.slug}/settings`;
  return (
    <>
      <PageHeader
        title={t('settings.title')}
        description={
          tenant.kind === 'county' ? t('settings.intro.county') : t('settings.intro.town')
        }
      />
      <nav aria-label={t('settings.tabsLabel')} className="mb-6 border-b border-slate-200">
        <ul className="-mb-px flex gap-1 overflow-x-auto" data-testid="settings-tabs">
          {tabs.map((tab) => (
            <li key={tab.path} className="shrink-0">
              <NavLink
                to={`${base}/${tab.path}`}
                className={({ isActive }) =>
                  `inline-flex min-h-10 items-center border-b-2 px-3 py-2 text-sm whitespace-nowrap ${
                    isActive
                      ? 'border-brand-700 font-semibold text-brand-800'
                      : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'
                  }`
                }
              >
                {t(tab.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
