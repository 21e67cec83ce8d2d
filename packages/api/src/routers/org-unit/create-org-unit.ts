import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { orgUnit } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { isUniqueViolation } from '../county/is-unique-violation.ts';
import { outsideTown, requireTown, requireUnit, type Town, tierDepth } from './town-units.ts';

/** One unit under a parent of the same town, one tier below it. */
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
  if (divisionCode !== null) {
    if (outsideTown(town, divisionCode))
      throw apiError('VALIDATION_FAILED', { field: 'divisionCode', reason: 'OUTSIDE_TOWN' });
    const [taken] = await tx
      .select({ id: orgUnit.id })
      .from(orgUnit)
      .where(and(eq(orgUnit.countyId, town.countyId), eq(orgUnit.divisionCode, divisionCode)));
    if (taken) throw apiError('CONFLICT', { reason: 'DIVISION_CODE_TAKEN' });
  }
  const unitId = newId();
  try {
    await tx.insert(orgUnit).values({
      countyId: town.countyId,
      tenantId: town.id,
      id: unitId,
      parentId: parent.id,
      tierLevel,
      name: options.name,
      divisionCode,
      population: options.population,
      households: options.households,
    });
  } catch (error) {
    // Taken by a unit this scope cannot see (another town of the county).
    if (isUniqueViolation(error, 'org_unit_county_division_code_key'))
      throw apiError('CONFLICT', { reason: 'DIVISION_CODE_TAKEN' });
    throw error;
  }
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
