import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { orgUnit } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { requireNewCodeAllowed, writingCode } from './check-division-code.ts';
import { type OrgUnitRecord, requireTown, requireUnit, type Town } from './town-units.ts';

type Editable = Pick<OrgUnitRecord, 'name' | 'population' | 'households' | 'divisionCode'>;

const EDITABLE = ['name', 'population', 'households', 'divisionCode'] as const;

/**
 * A new code (or none) for a unit below the town's root, which keeps the town's own code. A new
 * code fits as on create, and the codes of the unit's children must still extend it.
 */
async function requireCodeChange(
  tx: Transaction,
  town: Town,
  unit: OrgUnitRecord,
  code: string | null,
): Promise<void> {
  if (unit.tierLevel <= 2 || !unit.parentId)
    throw apiError('VALIDATION_FAILED', { field: 'divisionCode', reason: 'ROOT_UNIT' });
  if (code === null) return;
  const parent = await requireUnit(tx, town, unit.parentId);
  await requireNewCodeAllowed(tx, town, {
    code,
    tierLevel: unit.tierLevel,
    parentCode: parent.divisionCode,
    unit,
  });
}

/** Name, size and division code of a unit; only the fields given change. */
export async function updateOrgUnit(
  tx: Transaction,
  options: { town: Town; unitId: string; changes: Partial<Editable>; actorUserId: string },
): Promise<{ changed: boolean }> {
  const { town } = options;
  requireTown(town);
  const before = await requireUnit(tx, town, options.unitId);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const set: Partial<Editable> = {};
  for (const field of EDITABLE) {
    const value = options.changes[field];
    if (value === undefined || value === before[field]) continue;
    changes[field] = { from: before[field], to: value };
    Object.assign(set, { [field]: value });
  }
  if (Object.keys(set).length === 0) return { changed: false };
  if (set.divisionCode !== undefined) await requireCodeChange(tx, town, before, set.divisionCode);
  await writingCode(() =>
    tx
      .update(orgUnit)
      .set(set)
      .where(and(eq(orgUnit.countyId, before.countyId), eq(orgUnit.id, before.id))),
  );
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
