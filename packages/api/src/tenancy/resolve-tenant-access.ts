// Which tenant a request acts on and with which roles, from the slug in the URL and the user's
// memberships. Runs in the user's own scope: RLS shows only their memberships and the tenants of
// their counties, so an unknown slug and a slug of another county look the same (NOT_FOUND).
import type { Transaction } from '@concord/db/client';
import { membership, type Role, tenant } from '@concord/db/schema';
import type { Scope } from '@concord/db/scope';
import { and, eq, inArray } from 'drizzle-orm';

export interface TenantAccess {
  tenant: typeof tenant.$inferSelect;
  roles: Role[];
  scope: Scope;
}

export async function resolveTenantAccess(
  tx: Transaction,
  options: { userId: string; slug: string },
): Promise<TenantAccess | null> {
  const [found] = await tx.select().from(tenant).where(eq(tenant.slug, options.slug));
  if (!found) return null;
  const held = await tx
    .select({ tenantId: membership.tenantId, role: membership.role })
    .from(membership)
    .where(
      and(
        eq(membership.userId, options.userId),
        inArray(membership.tenantId, [...new Set([found.id, found.countyId])]),
      ),
    );
  if (held.length === 0) return null;
  const countyLevel = held.some((row) => row.tenantId === found.countyId);
  // A county membership reaches the county and every town in it; a town membership, that town.
  const tenantIds = countyLevel
    ? (
        await tx.select({ id: tenant.id }).from(tenant).where(eq(tenant.countyId, found.countyId))
      ).map((row) => row.id)
    : [found.id];
  return {
    tenant: found,
    roles: [...new Set(held.map((row) => row.role))],
    scope: { userId: options.userId, tenantIds, caseIds: [] },
  };
}
