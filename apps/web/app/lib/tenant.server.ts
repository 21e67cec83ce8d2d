// Loaders of the tenant area: the signed-in person, a caller, and one way of turning the API's
// refusals into pages (404, 403, sign-in, two-factor set-up).
import type { RouterContextProvider } from 'react-router';
import { type AppContext, appContext } from '../context.server.ts';
import { api } from './api.server.ts';
import { tenantErrorResponse } from './api-errors.server.ts';
import { requireAuth } from './session.server.ts';

export async function tenantRequest(request: Request, app: AppContext) {
  const auth = await requireAuth(request, app);
  const caller = api(request, app, auth);
  /** Awaits an API call; a refusal is thrown as the matching response. */
  async function guard<T>(call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      throw tenantErrorResponse(request, app, error);
    }
  }
  return { auth, caller, guard };
}

/** What a loader or action under `/t/:tenantSlug` is called with. */
export type TenantRouteArgs = {
  request: Request;
  context: Readonly<RouterContextProvider>;
  params: { tenantSlug: string };
};

/**
 * What a loader or action of a tenant page starts with: the app's services, the signed-in
 * person's caller with its guard (see tenantRequest), and the tenant the address names.
 */
export async function tenantRoute({ request, context, params }: TenantRouteArgs) {
  const app = context.get(appContext);
  return { app, tenantSlug: params.tenantSlug, ...(await tenantRequest(request, app)) };
}
