// Loaders of the tenant area: the signed-in person, a caller, and one way of turning the API's
// refusals into pages (404, 403, sign-in, two-factor set-up).
import type { AppContext } from '../context.server.ts';
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
