import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { orgUnit } from '@concord/db/schema';
import { apiError } from '../../errors.ts';
import { requireNewCodeAllowed, writingCode } from './check-division-code.ts';
import { requireTown, requireUnit, type Town, tierDepth } from './town-units.ts';

/** One unit under a parent of the same town, one tier below it; its code extends the parent's. */
export async function createOrgUnit(
  tx: Transaction,
  options: {
    town: Town;
    parentId: string;
    name: string;
    divisionCode: string | null;
    population: number | null;
    households: number | null;
    actorUserId: string;
  },
): Promise<{ unitId: string; tierLevel: number }> {
  const { town, divisionCode } = options;
  requireTown(town);
  const parent = await requireUnit(tx, town, options.parentId);
  if (parent.retiredAt) throw apiError('CONFLICT', { reason: 'PARENT_RETIRED' });
  const tierLevel = parent.tierLevel + 1;
  if (tierLevel > (await tierDepth(tx, town)))
    throw apiError('VALIDATION_FAILED', { field: 'parentId', reason: 'BEYOND_DEPTH' });
  if (divisionCode !== null)
    await requireNewCodeAllowed(tx, town, {
      code: divisionCode,
      tierLevel,
      parentCode: parent.divisionCode,
      unit: null,
    });
  const unitId = newId();
  await writingCode(() =>
    tx.insert(orgUnit).values({
      countyId: town.countyId,
      tenantId: town.id,
      id: unitId,
      parentId: parent.id,
      tierLevel,
      name: options.name,
      divisionCode,
      population: options.population,
      households: options.households,
    }),
  );
  await writeAudit(tx, {
    countyId: town.countyId,
    tenantId: town.id,
    actorUserId: options.actorUserId,
    action: 'org_unit.created',
    targetType: 'org_unit',
    targetId: unitId,
    detail: { name: options.name, parentId: parent.id, tierLevel, divisionCode },
  });
  return { unitId, tierLevel };
}
