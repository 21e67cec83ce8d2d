import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { orgUnit } from '@concord/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { requireTown, requireUnit, type Town } from './town-units.ts';

/**
 * Retires a unit (a merged village, a dissolved grid) or restores it. Never deleted: cases keep
 * pointing at the place they arose. Children retire first, and a unit comes back only under an
 * active parent, so the active tree never has holes.
 */
export async function setOrgUnitRetired(
  tx: Transaction,
  options: { town: Town; unitId: string; retired: boolean; now: Date; actorUserId: string },
): Promise<{ changed: boolean }> {
  const { town, retired } = options;
  requireTown(town);
  const unit = await requireUnit(tx, town, options.unitId);
  if (unit.tierLevel <= 2)
    throw apiError('VALIDATION_FAILED', { field: 'unitId', reason: 'ROOT_UNIT' });
  if ((unit.retiredAt !== null) === retired) return { changed: false };
  if (retired) {
    const [child] = await tx
      .select({ id: orgUnit.id })
      .from(orgUnit)
      .where(
        and(
          eq(orgUnit.countyId, unit.countyId),
          eq(orgUnit.parentId, unit.id),
          isNull(orgUnit.retiredAt),
        ),
      )
      .limit(1);
    if (child) throw apiError('CONFLICT', { reason: 'HAS_ACTIVE_CHILDREN' });
  } else if (unit.parentId) {
    const parent = await requireUnit(tx, town, unit.parentId);
    if (parent.retiredAt) throw apiError('CONFLICT', { reason: 'PARENT_RETIRED' });
  }
  await tx
    .update(orgUnit)
    .set({ retiredAt: retired ? options.now : null })
    .where(and(eq(orgUnit.countyId, unit.countyId), eq(orgUnit.id, unit.id)));
  await writeAudit(tx, {
    countyId: town.countyId,
    tenantId: town.id,
    actorUserId: options.actorUserId,
    action: retired ? 'org_unit.retired' : 'org_unit.restored',
    targetType: 'org_unit',
    targetId: unit.id,
    detail: { name: unit.name },
  });
  return { changed: true };
}
