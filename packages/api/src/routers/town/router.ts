// The county's towns: list, onboard, deactivate and reactivate.
import { tenant } from '@concord/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { activeTenant, can, router } from '../../trpc.ts';
import { ZTenantSlug, ZTownDivisionCode } from '../county/division-code.ts';
import { countyProcedure } from '../county/tenant-kind.ts';
import { createTown } from './create-town.ts';
import { setTownActive } from './set-town-active.ts';

export const ZCreateTownInput = z.object({
  name: z.string().trim().min(2).max(30),
  /** 9 or 12 digits; its first 6 must be the county's. */
  divisionCode: ZTownDivisionCode,
  /** No pinyin library here, so the slug is asked for (e.g. the county's slug + '-chengguan'). */
  slug: ZTenantSlug,
});
export const ZTownIdInput = z.object({ townId: z.guid() });

const configure = countyProcedure.use(can('tenant:configure')).use(activeTenant);

export const townRouter = router({
  /** Every town of the county, inactive ones included. */
  list: countyProcedure.use(can('tenant:read')).query(({ ctx }) =>
    ctx.tx
      .select({
        id: tenant.id,
        slug: tenant.slug,
        name: tenant.name,
        divisionCode: tenant.divisionCode,
        active: tenant.active,
        createdAt: tenant.createdAt,
      })
      .from(tenant)
      .where(and(eq(tenant.countyId, ctx.tenant.countyId), eq(tenant.parentId, ctx.tenant.id)))
      .orderBy(asc(tenant.divisionCode), asc(tenant.name)),
  ),

  create: configure.input(ZCreateTownInput).mutation(({ ctx, input }) =>
    createTown(ctx.tx, {
      ...input,
      county: ctx.tenant,
      scope: ctx.scope,
      actorUserId: ctx.auth.user.id,
    }),
  ),

  deactivate: configure.input(ZTownIdInput).mutation(({ ctx, input }) =>
    setTownActive(ctx.tx, {
      county: ctx.tenant,
      townId: input.townId,
      active: false,
      actorUserId: ctx.auth.user.id,
    }),
  ),

  reactivate: configure.input(ZTownIdInput).mutation(({ ctx, input }) =>
    setTownActive(ctx.tx, {
      county: ctx.tenant,
      townId: input.townId,
      active: true,
      actorUserId: ctx.auth.user.id,
    }),
  ),
});
