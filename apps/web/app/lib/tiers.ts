// Tier names as the county configured them (the `tiers` setting): index 0 names tier 1, the
// county. Every page that names a tier (the unit tree, the import page, category defaults) reads
// them from here, so a county that calls its levels 市/区/街道/社区 sees those words everywhere.
import type { Translate } from '@concord/i18n';

/**
 * Level 1 is the customer (the county tenant), level 2 the town tenants, level 3 villages or
 * communities, level 4 resident units (a depth-3 county has none). Only the names vary.
 */
export interface Tiers {
  depth: 3 | 4;
  names: string[];
}

/** Town tenants always sit at level 2; the county names that level as it likes (乡镇, 区, 街道…). */
export const TOWN_TIER_LEVEL = 2;

/** The configured name of a tier level (1 county, 2 town, 3 village, 4 resident unit). */
export function tierName(tiers: Tiers, level: number, t: Translate): string {
  return tiers.names[level - 1] ?? t('tiers.level', { level });
}

/** Ready-made structures seen in the sources (DOMAIN.md §2). */
export const tierPresets = [
  { id: 'county', depth: 4, names: ['县', '乡镇', '村(社区)', '村民小组'] },
  { id: 'city', depth: 4, names: ['市', '区', '街道', '社区'] },
  { id: 'town', depth: 3, names: ['县', '镇', '村(社区)'] },
] as const satisfies readonly (Tiers & { id: string })[];

export type TierPresetId = (typeof tierPresets)[number]['id'];
