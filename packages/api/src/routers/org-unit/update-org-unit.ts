import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { orgUnit } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { requireTown, requireUnit, type Town } from './town-units.ts';

type Editable = Pick<typeof orgUnit.$inferSelect, 'name' | 'population' | 'households'>;

/** Name and size of a unit; only the fields given change. */
export async function updateOrgUnit(
  tx: Transaction,
  options: { town: Town; unitId: string; changes: Partial<Editable>; actorUserId: string },
): Promise<{ changed: boolean }> {
  const { town } = options;
  requireTown(town);
  const before = await requireUnit(tx, town, options.unitId);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const set: Partial<Editable> = {};
  for (const field of ['name', 'population', 'households'] as const) {
    const value = options.changes[field];
    if (value === undefined || value === before[field]) continue;
    changes[field] = { from: before[field], to: value };
    Object.assign(set, { [field]: value });
  }
  if (Object.keys(set).length === 0) return { changed: false };
  await tx
    .update(orgUnit)
    .set(set)
    .where(and(eq(orgUnit.countyId, before.countyId), eq(orgUnit.id, before.id)));
  await writeAudit(tx, {
    countyId: town.countyId,
    tenantId: town.id,
    actorUserId: options.actorUserId,
    action: 'org_unit.updated',
    targetType: 'org_unit',
    targetId: before.id,
    detail: { name: before.name, changes },
  });
  return { changed: true };
}
