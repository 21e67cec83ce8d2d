// Where a dispute arose, as a picker reads the tier tree: each village (or community) with its
// resident units below it, named with the tiers the county configured. A county sees its towns.
import type { RouterOutputs } from '@concord/api';

type Unit = RouterOutputs['orgUnit']['tree']['units'][number];

export interface PlaceGroup {
  /** The village, or the town in a county's view. */
  id: string;
  name: string;
  tierLevel: number;
  units: { id: string; name: string; tierLevel: number }[];
}

/** Villages with their resident units (a town), or the towns (a county); retired units left out. */
export function placeGroups(units: readonly Unit[], kind: 'county' | 'town'): PlaceGroup[] {
  const active = units.filter((unit) => !unit.retired);
  if (kind === 'county')
    return active
      .filter((unit) => unit.tierLevel === 2)
      .map((unit) => ({ id: unit.id, name: unit.name, tierLevel: unit.tierLevel, units: [] }));
  const root = active.find((unit) => unit.tierLevel === 2);
  return active
    .filter((unit) => unit.parentId !== null && unit.parentId === root?.id)
    .map((village) => ({
      id: village.id,
      name: village.name,
      tierLevel: village.tierLevel,
      units: active
        .filter((unit) => unit.parentId === village.id)
        .map((unit) => ({ id: unit.id, name: unit.name, tierLevel: unit.tierLevel })),
    }));
}

/** The tier levels a picker offers, for its label ("村(社区) / 村民小组"). */
export function placeLevels(groups: readonly PlaceGroup[]): number[] {
  const levels = new Set<number>();
  for (const group of groups) {
    levels.add(group.tierLevel);
    for (const unit of group.units) levels.add(unit.tierLevel);
  }
  return [...levels].sort();
}
