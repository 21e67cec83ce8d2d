// The tenant layout's loader data, for the shell and the pages inside it.
import type { RouterOutputs } from '@concord/api';
import type { Permission } from '@concord/auth/permissions';
import { useRouteLoaderData } from 'react-router';

export const TENANT_ROUTE_ID = 'tenant';

export interface TenantData {
  tenant: RouterOutputs['tenant']['current']['tenant'];
  roles: RouterOutputs['tenant']['current']['roles'];
  permissions: Permission[];
  tenants: RouterOutputs['tenant']['listMine'];
  user: { id: string; displayName: string; login: string | null; totpEnabled: boolean };
}

export function useTenantData(): TenantData {
  const data = useRouteLoaderData(TENANT_ROUTE_ID) as TenantData | undefined;
  if (!data) throw new Error('useTenantData outside the tenant layout');
  return data;
}

export function allows(data: Pick<TenantData, 'permissions'>, permission: Permission): boolean {
  return data.permissions.includes(permission);
}
