// What a loader or action of a tenant page starts with: the app's services, the signed-in
// person's caller with its guard (see tenantRequest), and the tenant the address names.
import type { RouterContextProvider } from 'react-router';
import { appContext } from '../context.server.ts';
import { tenantRequest } from './tenant.server.ts';

export async function tenantRoute({
  request,
  context,
  params,
}: {
  request: Request;
  context: Readonly<RouterContextProvider>;
  params: { tenantSlug: string };
}) {
  const app = context.get(appContext);
  return { app, tenantSlug: params.tenantSlug, ...(await tenantRequest(request, app)) };
}
