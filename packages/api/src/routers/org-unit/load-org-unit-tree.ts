import type { Transaction } from '@concord/db/client';
import { orgUnit } from '@concord/db/schema';
import { and, count, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { loadTownUnits, type Town } from './town-units.ts';

export interface OrgUnitNode {
  id: string;
  parentId: string | null;
  tierLevel: number;
  name: string;
  divisionCode: string | null;
  population: number | null;
  households: number | null;
  retired: boolean;
  /** Active units directly below. */
  childCount: number;
  /** Active units anywhere below. */
  descendantCount: number;
  /** For a county's view: the town the unit belongs to. */
  townId: string | null;
}

export interface OrgUnitTree {
  units: OrgUnitNode[];
  /** Active units per tier level. */
  countsByTier: Record<number, number>;
}

const toNode = (unit: typeof orgUnit.$inferSelect) => ({
  id: unit.id,
  parentId: unit.parentId,
  tierLevel: unit.tierLevel,
  name: unit.name,
  divisionCode: unit.divisionCode,
  population: unit.population,
  households: unit.households,
  retired: unit.retiredAt !== null,
});

/** A town's whole tree (flat, with parent ids), parents before children, by code then name. */
async function townTree(tx: Transaction, town: Town): Promise<OrgUnitTree> {
  const units = await loadTownUnits(tx, town);
  const children = new Map<string, typeof units>();
  for (const unit of units)
    if (unit.parentId) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  const descendants = new Map<string, number>();
  const countBelow = (id: string): number => {
    const cached = descendants.get(id);
    if (cached !== undefined) return cached;
    const active = (children.get(id) ?? []).filter((child) => child.retiredAt === null);
    const total = active.reduce((sum, child) => sum + 1 + countBelow(child.id), 0);
    descendants.set(id, total);
    return total;
  };
  const countsByTier: Record<number, number> = {};
  for (const unit of units)
    if (unit.retiredAt === null)
      countsByTier[unit.tierLevel] = (countsByTier[unit.tierLevel] ?? 0) + 1;
  const sorted = [...units].sort(
    (a, b) =>
      a.tierLevel - b.tierLevel ||
      (a.divisionCode ?? '').localeCompare(b.divisionCode ?? '') ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
  return {
    units: sorted.map((unit) => ({
      ...toNode(unit),
      childCount: (children.get(unit.id) ?? []).filter((child) => child.retiredAt === null).length,
      descendantCount: countBelow(unit.id),
      townId: town.id,
    })),
    countsByTier,
  };
}

/** A county's view: its root and each town's root, with the size of each town's tree. */
async function countyTree(tx: Transaction, county: Town): Promise<OrgUnitTree> {
  const roots = await tx
    .select()
    .from(orgUnit)
    .where(
      and(
        eq(orgUnit.countyId, county.countyId),
        or(
          and(eq(orgUnit.tenantId, county.id), eq(orgUnit.tierLevel, 1)),
          eq(orgUnit.tierLevel, 2),
        ),
      ),
    );
  const tally = await tx
    .select({ tenantId: orgUnit.tenantId, tierLevel: orgUnit.tierLevel, units: count() })
    .from(orgUnit)
    .where(
      and(
        eq(orgUnit.countyId, county.countyId),
        ne(orgUnit.tenantId, county.id),
        isNull(orgUnit.retiredAt),
        sql`${orgUnit.tierLevel} >= 2`,
      ),
    )
    .groupBy(orgUnit.tenantId, orgUnit.tierLevel);
  const countsByTier: Record<number, number> = {};
  const perTown = new Map<string, { children: number; descendants: number }>();
  for (const row of tally) {
    countsByTier[row.tierLevel] = (countsByTier[row.tierLevel] ?? 0) + row.units;
    if (row.tierLevel < 3) continue;
    const entry = perTown.get(row.tenantId) ?? { children: 0, descendants: 0 };
    entry.descendants += row.units;
    if (row.tierLevel === 3) entry.children += row.units;
    perTown.set(row.tenantId, entry);
  }
  const townRoots = roots.filter((unit) => unit.tierLevel === 2 && unit.tenantId !== county.id);
  const activeTownRoots = townRoots.filter((unit) => unit.retiredAt === null);
  const countyRoot = roots.filter((unit) => unit.tierLevel === 1);
  countsByTier[1] = countyRoot.length;
  const allBelow = [...perTown.values()].reduce((sum, entry) => sum + entry.descendants, 0);
  return {
    units: [
      ...countyRoot.map((unit) => ({
        ...toNode(unit),
        childCount: activeTownRoots.length,
        descendantCount: activeTownRoots.length + allBelow,
        townId: null,
      })),
      ...townRoots
        .sort((a, b) => (a.divisionCode ?? '').localeCompare(b.divisionCode ?? ''))
        .map((unit) => ({
          ...toNode(unit),
          childCount: perTown.get(unit.tenantId)?.children ?? 0,
          descendantCount: perTown.get(unit.tenantId)?.descendants ?? 0,
          townId: unit.tenantId,
        })),
    ],
    countsByTier,
  };
}

export function loadOrgUnitTree(tx: Transaction, current: Town): Promise<OrgUnitTree> {
  return current.kind === 'town' ? townTree(tx, current) : countyTree(tx, current);
}
