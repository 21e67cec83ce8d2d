// Reads shared by the org-unit use cases: the units of one town, and the tier depth in force.
import type { Transaction } from '@concord/db/client';
import { orgUnit, type tenant } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { loadEffectiveSetting } from '../settings/load-effective-setting.ts';

export type Town = typeof tenant.$inferSelect;
export type OrgUnitRecord = typeof orgUnit.$inferSelect;

export function requireTown(current: Town): void {
  if (current.kind !== 'town') throw apiError('FORBIDDEN', { reason: 'TOWN_ONLY' });
}

/** A unit of this town; another town's or county's id is NOT_FOUND. */
export async function requireUnit(tx: Transaction, town: Town, unitId: string) {
  const [found] = await tx
    .select()
    .from(orgUnit)
    .where(
      and(
        eq(orgUnit.countyId, town.countyId),
        eq(orgUnit.tenantId, town.id),
        eq(orgUnit.id, unitId),
      ),
    );
  if (!found) throw apiError('NOT_FOUND');
  return found;
}

export async function loadTownUnits(tx: Transaction, town: Town): Promise<OrgUnitRecord[]> {
  return tx
    .select()
    .from(orgUnit)
    .where(and(eq(orgUnit.countyId, town.countyId), eq(orgUnit.tenantId, town.id)));
}

export async function tierDepth(tx: Transaction, town: Town): Promise<number> {
  return (await loadEffectiveSetting(tx, { tenant: town, key: 'tiers' })).value.depth;
}

/**
 * Statistical division codes of a town's villages extend the town's 9 digits; resident-unit
 * codes extend their village's. A code without that prefix belongs to another town (a file
 * imported into the wrong town). A town without a code (older data) checks nothing.
 */
export function outsideTown(town: Town, divisionCode: string): boolean {
  return town.divisionCode !== null && !divisionCode.startsWith(town.divisionCode.slice(0, 9));
}
