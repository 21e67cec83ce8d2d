import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { orgUnit } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { requireCodeFits, requireNewCodeAllowed, writingCode } from './check-division-code.ts';
import {
  loadTownUnits,
  type OrgUnitRecord,
  requireTown,
  requireUnit,
  type Town,
} from './town-units.ts';

/** Refuses a parent inside the unit's own subtree: the move would make a cycle. */
async function requireNoCycle(
  tx: Transaction,
  town: Town,
  unit: OrgUnitRecord,
  parentId: string,
): Promise<void> {
  const parentOf = new Map((await loadTownUnits(tx, town)).map((row) => [row.id, row.parentId]));
  for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
    if (at === unit.id)
      throw apiError('VALIDATION_FAILED', { field: 'parentId', reason: 'MOVE_CYCLE' });
  }
}

/**
 * Hangs a unit (and everything below it) under another parent of the same town. Its tier stays,
 * so the new parent must be exactly one tier above; a parent inside the unit's own subtree
 * would make a cycle and is refused first, with its own reason. The unit's code must extend the
 * new parent's, so a move between parents usually brings a new code (`divisionCode`), checked
 * as on update.
 */
export async function moveOrgUnit(
  tx: Transaction,
  options: {
    town: Town;
    unitId: string;
    parentId: string;
    divisionCode?: string | undefined;
    actorUserId: string;
  },
): Promise<{ changed: boolean }> {
  const { town } = options;
  requireTown(town);
  const unit = await requireUnit(tx, town, options.unitId);
  const parent = await requireUnit(tx, town, options.parentId);
  if (unit.tierLevel <= 2)
    throw apiError('VALIDATION_FAILED', { field: 'unitId', reason: 'ROOT_UNIT' });
  const code = options.divisionCode ?? unit.divisionCode;
  const codeChanges = code !== unit.divisionCode;
  if (unit.parentId === parent.id && !codeChanges) return { changed: false };
  await requireNoCycle(tx, town, unit, parent.id);
  if (parent.tierLevel !== unit.tierLevel - 1)
    throw apiError('VALIDATION_FAILED', { field: 'parentId', reason: 'TIER_MISMATCH' });
  if (parent.retiredAt) throw apiError('CONFLICT', { reason: 'PARENT_RETIRED' });
  if (code !== null) {
    const placement = { code, tierLevel: unit.tierLevel, parentCode: parent.divisionCode };
    if (codeChanges) await requireNewCodeAllowed(tx, town, { ...placement, unit });
    else requireCodeFits(town, placement);
  }
  await writingCode(() =>
    tx
      .update(orgUnit)
      .set({ parentId: parent.id, divisionCode: code })
      .where(and(eq(orgUnit.countyId, unit.countyId), eq(orgUnit.id, unit.id))),
  );
  await writeAudit(tx, {
    countyId: town.countyId,
    tenantId: town.id,
    actorUserId: options.actorUserId,
    action: 'org_unit.moved',
    targetType: 'org_unit',
    targetId: unit.id,
    detail: {
      name: unit.name,
      fromParentId: unit.parentId,
      toParentId: parent.id,
      ...(codeChanges ? { divisionCode: { from: unit.divisionCode, to: code } } : {}),
    },
  });
  return { changed: true };
}
