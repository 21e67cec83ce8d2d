// The value of a configuration key in force for a tenant. A county's is its newest version; a
// town's is its own newest version when the county lists the key in `town_overrides` and the
// town has one, else the county's. A county without any version (older than the defaults) gets
// the built-in default.
import type { Transaction } from '@concord/db/client';
import { type SettingKey, type tenant, tenantSetting } from '@concord/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { defaultSettingValues } from '../../seed/seed-configuration.ts';
import { parseSettingValue, type SettingValues } from './setting-schemas.ts';

export interface StoredSetting<K extends SettingKey> {
  value: SettingValues[K];
  /** 0 for the built-in default (nothing stored yet). */
  version: number;
}

export interface EffectiveSetting<K extends SettingKey> extends StoredSetting<K> {
  key: K;
  source: 'county' | 'town' | 'default';
  /** Whether the county lets towns override this key. */
  overridable: boolean;
}

/** Discriminated by `key`, so a reader narrows the value by checking the key. */
export type AnyEffectiveSetting = { [K in SettingKey]: EffectiveSetting<K> }[SettingKey];

/** The newest stored version of `key` for one tenant, or null. */
export async function loadNewestSetting<K extends SettingKey>(
  tx: Transaction,
  options: { countyId: string; tenantId: string; key: K },
): Promise<StoredSetting<K> | null> {
  const [row] = await tx
    .select({ value: tenantSetting.value, version: tenantSetting.version })
    .from(tenantSetting)
    .where(
      and(
        eq(tenantSetting.countyId, options.countyId),
        eq(tenantSetting.tenantId, options.tenantId),
        eq(tenantSetting.key, options.key),
      ),
    )
    .orderBy(desc(tenantSetting.version))
    .limit(1);
  return row ? { value: parseSettingValue(options.key, row.value), version: row.version } : null;
}

async function countySetting<K extends SettingKey>(
  tx: Transaction,
  county: { countyId: string; countyName: string },
  key: K,
): Promise<StoredSetting<K> & { source: 'county' | 'default' }> {
  const stored = await loadNewestSetting(tx, {
    countyId: county.countyId,
    tenantId: county.countyId,
    key,
  });
  if (stored) return { ...stored, source: 'county' };
  return { value: defaultSettingValues(county.countyName)[key], version: 0, source: 'default' };
}

export async function loadEffectiveSetting<K extends SettingKey>(
  tx: Transaction,
  options: { tenant: typeof tenant.$inferSelect; key: K },
): Promise<EffectiveSetting<K>> {
  const { tenant: current, key } = options;
  const { countyId } = current;
  // The county's name only matters for the built-in numbering default of a county.
  const county = { countyId, countyName: current.kind === 'county' ? current.name : '' };
  const fromCounty = {
    setting: await countySetting(tx, county, key),
    overrides: await countySetting(tx, county, 'town_overrides'),
  };
  const overridable = (fromCounty.overrides.value.keys as string[]).includes(key);
  if (current.kind === 'town' && overridable) {
    const own = await loadNewestSetting(tx, { countyId, tenantId: current.id, key });
    if (own) return { key, ...own, source: 'town', overridable };
  }
  return { key, ...fromCounty.setting, overridable };
}
