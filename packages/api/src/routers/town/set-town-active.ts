import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { tenant } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';

/**
 * Deactivates or reactivates a town. Its data stays; while inactive every mutation on it fails
 * with TENANT_INACTIVE (the `activeTenant` middleware) and reads go on working.
 */
export async function setTownActive(
  tx: Transaction,
  options: {
    county: typeof tenant.$inferSelect;
    townId: string;
    active: boolean;
    actorUserId: string;
  },
): Promise<{ townId: string; active: boolean; changed: boolean }> {
  const { county, townId, active } = options;
  const [town] = await tx
    .select()
    .from(tenant)
    .where(and(eq(tenant.id, townId), eq(tenant.parentId, county.id), eq(tenant.kind, 'town')));
  if (!town) throw apiError('NOT_FOUND');
  if (town.active === active) return { townId, active, changed: false };
  await tx.update(tenant).set({ active }).where(eq(tenant.id, town.id));
  await writeAudit(tx, {
    countyId: county.id,
    tenantId: county.id,
    actorUserId: options.actorUserId,
    action: active ? 'town.reactivated' : 'town.deactivated',
    targetType: 'tenant',
    targetId: town.id,
    detail: { name: town.name, slug: town.slug },
  });
  return { townId, active, changed: true };
}
