// Procedures that only make sense on one kind of tenant. Configuration belongs to the county (a
// county admin acting through a town's slug must not write county rows under the town), org
// units and centre setup to a town. A wrong kind is FORBIDDEN with a reason the UI can show.
import { apiError } from '../../errors.ts';
import { tenantProcedure } from '../../trpc.ts';

export const countyProcedure = tenantProcedure.use(({ ctx, next }) => {
  if (ctx.tenant.kind !== 'county') throw apiError('FORBIDDEN', { reason: 'COUNTY_ONLY' });
  return next();
});

export const townProcedure = tenantProcedure.use(({ ctx, next }) => {
  if (ctx.tenant.kind !== 'town') throw apiError('FORBIDDEN', { reason: 'TOWN_ONLY' });
  return next();
});
