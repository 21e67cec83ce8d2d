// The tenant area's layout: resolves the tenant from the URL through the API (membership,
// 2FA policy) and draws the shell. Another tenant's slug is a 404 exactly like an unknown one.
import { Outlet } from 'react-router';
import { AppShell } from '../components/app-shell.tsx';
import { ErrorContent } from '../components/error-page.tsx';
import { tenantRoute } from '../lib/tenant.server.ts';
import type { TenantData } from '../lib/tenant-data.ts';
import type { Route } from './+types/t.$tenantSlug';

export async function loader(args: Route.LoaderArgs) {
  const { auth, caller, guard, tenantSlug } = await tenantRoute(args);
  const [current, tenants] = await Promise.all([
    guard(caller.tenant.current({ tenantSlug })),
    guard(caller.tenant.listMine()),
  ]);
  const data: TenantData = {
    tenant: current.tenant,
    roles: current.roles,
    permissions: current.permissions,
    tenants,
    user: {
      id: auth.user.id,
      displayName: auth.user.displayName,
      login: auth.user.email ?? auth.user.phone,
      totpEnabled: auth.user.totpEnabled,
    },
  };
  return data;
}

export default function TenantLayout({ loaderData }: Route.ComponentProps) {
  return (
    <AppShell data={loaderData}>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  return (
    <main className="px-4">
      <ErrorContent standalone />
    </main>
  );
}
