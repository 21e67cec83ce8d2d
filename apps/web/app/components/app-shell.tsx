// The signed-in shell of the tenant area: top bar (product, tenant switcher, locale, user menu)
// and side navigation, which folds into a menu button on narrow screens.
import type { ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useT } from '../lib/i18n.ts';
import { roleKey } from '../lib/roles.ts';
import { allows, type TenantData } from '../lib/tenant-data.ts';
import { ChevronDown, Disclosure } from './disclosure.tsx';
import { LocaleSwitch } from './locale-switch.tsx';

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
  child?: boolean;
}

function navItems(data: TenantData, t: ReturnType<typeof useT>): NavItem[] {
  const base = `/t/${data.tenant.slug}`;
  const items: NavItem[] = [{ to: base, label: t('nav.dashboard'), end: true }];
  // The caseload first: it is what a centre works on all day.
  if (allows(data, 'case:read'))
    items.push({ to: `${base}/cases`, label: t('nav.cases'), end: true });
  if (allows(data, 'case:update'))
    items.push({ to: `${base}/cases/mine`, label: t('nav.myCases') });
  if (allows(data, 'case:create')) items.push({ to: `${base}/cases/new`, label: t('nav.intake') });
  if (allows(data, 'tenant:read'))
    items.push({ to: `${base}/members`, label: t('nav.members'), end: true });
  if (allows(data, 'member:invite'))
    items.push({ to: `${base}/members#invitations`, label: t('nav.invitations'), child: true });
  const county = data.tenant.kind === 'county';
  if (county && allows(data, 'tenant:read'))
    items.push({ to: `${base}/towns`, label: t('nav.towns') });
  if (county && allows(data, 'tenant:configure'))
    items.push({ to: `${base}/onboarding`, label: t('nav.onboarding') });
  // The staff who keep the structure; everyone else meets units inside cases.
  if (allows(data, 'town:manage')) items.push({ to: `${base}/units`, label: t('nav.orgUnits') });
  if (allows(data, 'town:manage')) items.push({ to: `${base}/centre`, label: t('nav.centre') });
  if (allows(data, 'audit:read')) items.push({ to: `${base}/audit`, label: t('nav.audit') });
  if (allows(data, 'tenant:configure') || allows(data, 'town:manage'))
    items.push({ to: `${base}/settings`, label: t('nav.settings') });
  return items;
}

function NavList({ items }: { items: NavItem[] }) {
  return (
    <ul className="space-y-1">
      {items.map((item) => (
        <li key={item.to}>
          {item.child ? (
            <Link
              to={item.to}
              className="flex min-h-10 items-center rounded-md py-2 pr-3 pl-7 text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900"
            >
              {item.label}
            </Link>
          ) : (
            <NavLink
              to={item.to}
              end={item.end}
              className={({ isActive }) =>
                `flex min-h-10 items-center rounded-md px-3 py-2 text-sm ${
                  isActive
                    ? 'bg-brand-50 font-semibold text-brand-800'
                    : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'
                }`
              }
            >
              {item.label}
            </NavLink>
          )}
        </li>
      ))}
    </ul>
  );
}

export function TenantSwitcher({ data }: { data: TenantData }) {
  const t = useT();
  const location = useLocation();
  const counties = data.tenants.filter((tenant) => tenant.kind === 'county');
  const towns = data.tenants.filter((tenant) => tenant.kind === 'town');
  const link = (tenant: TenantData['tenants'][number], indent: boolean) => {
    const current = tenant.slug === data.tenant.slug;
    return (
      <li key={tenant.id}>
        <Link
          to={`/t/${tenant.slug}`}
          aria-current={current ? 'page' : undefined}
          className={`flex min-h-10 items-center justify-between gap-3 rounded-md px-3 py-2 text-sm ${indent ? 'pl-6' : ''} ${
            current
              ? 'bg-brand-50 font-semibold text-brand-800'
              : 'text-slate-800 hover:bg-slate-100'
          }`}
        >
          <span>{tenant.name}</span>
          {tenant.active ? null : (
            <span className="text-xs text-slate-500">{t('tenant.switcher.inactive')}</span>
          )}
        </Link>
      </li>
    );
  };
  return (
    <Disclosure
      key={location.pathname}
      testId="tenant-switcher"
      summaryClassName="flex min-h-10 max-w-[10rem] items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium hover:bg-slate-50 sm:max-w-xs"
      summary={
        <>
          <span className="sr-only">{t('tenant.switcher.label')}: </span>
          <span className="truncate">{data.tenant.name}</span>
          <ChevronDown />
        </>
      }
      panelClassName="left-0 max-h-[70vh] w-64 overflow-y-auto p-2"
    >
      <p className="px-3 pt-1 pb-2 text-xs font-medium text-slate-500">
        {t('tenant.switcher.label')}
      </p>
      <ul className="space-y-0.5">{counties.map((tenant) => link(tenant, false))}</ul>
      {towns.length > 0 ? (
        <>
          <p className="px-3 pt-3 pb-1 text-xs font-medium text-slate-500">
            {t('tenant.switcher.towns')}
          </p>
          <ul className="space-y-0.5">
            {towns.map((tenant) => link(tenant, counties.length > 0))}
          </ul>
        </>
      ) : null}
    </Disclosure>
  );
}

function UserMenu({ data }: { data: TenantData }) {
  const t = useT();
  const location = useLocation();
  const initial = [...data.user.displayName][0] ?? '?';
  const itemClass =
    'flex min-h-10 w-full items-center rounded-md px-3 py-2 text-left text-sm text-slate-800 hover:bg-slate-100';
  return (
    <Disclosure
      key={location.pathname}
      testId="user-menu"
      summaryClassName="flex min-h-10 items-center gap-2 rounded-md px-1.5 py-1 text-sm hover:bg-slate-100"
      summary={
        <>
          <span
            aria-hidden="true"
            className="flex size-8 items-center justify-center rounded-full bg-brand-700 text-sm font-semibold text-white"
          >
            {initial}
          </span>
          <span className="sr-only lg:hidden">{t('userMenu.label')}: </span>
          <span className="sr-only lg:not-sr-only lg:inline-block lg:max-w-[12rem] lg:truncate">
            {data.user.displayName}
          </span>
          <ChevronDown />
        </>
      }
      panelClassName="right-0 w-64 p-2"
    >
      <div className="border-b border-slate-100 px-3 pt-1 pb-2">
        <p className="truncate text-sm font-medium" data-testid="user-name">
          {data.user.displayName}
        </p>
        {data.user.login ? (
          <p className="truncate text-xs text-slate-600">{data.user.login}</p>
        ) : null}
        <p className="mt-1 text-xs text-slate-600">
          {data.roles.map((role) => t(roleKey(role))).join('、')}
        </p>
      </div>
      <ul className="mt-1 space-y-0.5">
        <li>
          <Link to="/account/sessions" className={itemClass}>
            {t('userMenu.sessions')}
          </Link>
        </li>
        <li>
          <Link to="/account/two-factor" className={itemClass}>
            {t('userMenu.twoFactor')}
          </Link>
        </li>
        <li>
          <form method="post" action="/sign-out">
            <button type="submit" className={itemClass} data-testid="sign-out">
              {t('userMenu.signOut')}
            </button>
          </form>
        </li>
      </ul>
    </Disclosure>
  );
}

export function AppShell({ data, children }: { data: TenantData; children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const items = navItems(data, t);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        {t('nav.skipToContent')}
      </a>
      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white">
        <div className="flex h-14 items-center gap-2 px-2 sm:gap-3 sm:px-4">
          <Disclosure
            key={location.pathname}
            className="md:hidden"
            testId="nav-menu"
            summaryLabel={t('nav.openMenu')}
            summaryClassName="flex size-10 items-center justify-center rounded-md hover:bg-slate-100"
            summary={
              <svg
                aria-hidden="true"
                viewBox="0 0 24 24"
                className="size-6"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              >
                <path strokeLinecap="round" d="M4 7h16M4 12h16M4 17h16" />
              </svg>
            }
            panelClassName="left-0 w-64 p-2"
          >
            <nav aria-label={t('nav.label')}>
              <NavList items={items} />
            </nav>
            <div className="mt-2 border-t border-slate-100 px-3 pt-3 pb-1 sm:hidden">
              <LocaleSwitch />
            </div>
          </Disclosure>
          <Link to="/" className="hidden shrink-0 text-lg font-semibold text-brand-700 sm:inline">
            {t('app.name')}
          </Link>
          <TenantSwitcher data={data} />
          <div className="ml-auto flex items-center gap-2">
            <div className="hidden sm:block">
              <LocaleSwitch />
            </div>
            <UserMenu data={data} />
          </div>
        </div>
      </header>
      <div className="flex flex-1">
        <nav
          data-testid="side-nav"
          aria-label={t('nav.label')}
          className="hidden w-56 shrink-0 border-r border-slate-200 bg-white p-3 md:block"
        >
          <NavList items={items} />
        </nav>
        <main id="main" className="min-w-0 flex-1 px-4 py-5 sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
