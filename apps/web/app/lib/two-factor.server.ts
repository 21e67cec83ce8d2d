// Whether the signed-in person must keep two-factor sign-in: county administrators always
// (the API's roleRequiresTwoFactor). Read from their county memberships, as the API exposes
// no direct answer yet.
import type { AppContext } from '../context.server.ts';
import { api } from './api.server.ts';
import { readApiError } from './api-errors.server.ts';
import type { Auth } from './session.server.ts';

export async function twoFactorRequired(
  request: Request,
  app: AppContext,
  auth: Auth,
): Promise<boolean> {
  const caller = api(request, app, auth);
  const tenants = await caller.tenant.listMine();
  const counties = tenants.filter((tenant) => tenant.kind === 'county');
  const answers = await Promise.all(
    counties.map(async (county) => {
      try {
        const current = await caller.tenant.current({ tenantSlug: county.slug });
        return current.roles.includes('county_admin');
      } catch (error) {
        if (readApiError(error)?.code === 'TWO_FACTOR_ENROLMENT_REQUIRED') return true;
        if (readApiError(error)?.code === 'NOT_FOUND') return false;
        throw error;
      }
    }),
  );
  return answers.some(Boolean);
}
