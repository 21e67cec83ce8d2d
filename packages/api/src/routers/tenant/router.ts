// Which tenants a person can enter (the top-bar switcher) and the current one.
import { membership, tenant } from '@concord/db/schema';
import { userScope, withScope } from '@concord/db/scope';
import { asc, eq, inArray, or } from 'drizzle-orm';
import { authedProcedure, can, router, tenantProcedure } from '../../trpc.ts';

export const tenantRouter = router({
  /** The tenants of the person's memberships, plus every town of a county they belong to. */
  listMine: authedProcedure.query(({ ctx }) =>
    withScope(ctx.db, userScope(ctx.auth.user.id), async (tx) => {
      const held = await tx
        .selectDistinct({ tenantId: membership.tenantId })
        .from(membership)
        .where(eq(membership.userId, ctx.auth.user.id));
      const ids = held.map((row) => row.tenantId);
      if (ids.length === 0) return [];
      return tx
        .select({
          id: tenant.id,
          slug: tenant.slug,
          name: tenant.name,
          kind: tenant.kind,
          active: tenant.active,
        })
        .from(tenant)
        .where(or(inArray(tenant.id, ids), inArray(tenant.parentId, ids)))
        .orderBy(asc(tenant.kind), asc(tenant.divisionCode), asc(tenant.name));
    }),
  ),

  current: tenantProcedure.query(({ ctx }) => ({
    tenant: {
      id: ctx.tenant.id,
      slug: ctx.tenant.slug,
      name: ctx.tenant.name,
      kind: ctx.tenant.kind,
      active: ctx.tenant.active,
      divisionCode: ctx.tenant.divisionCode,
    },
    roles: ctx.roles,
    permissions: [...ctx.permissions],
  })),

  listTowns: tenantProcedure.use(can('tenant:read')).query(({ ctx }) =>
    ctx.tx
      .select({
        id: tenant.id,
        slug: tenant.slug,
        name: tenant.name,
        active: tenant.active,
        divisionCode: tenant.divisionCode,
      })
      .from(tenant)
      .where(eq(tenant.parentId, ctx.tenant.id))
      .orderBy(asc(tenant.divisionCode)),
  ),
});
