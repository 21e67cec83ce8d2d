import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { disputeCategory, orgUnit, type tenant, tenantSetting } from '@concord/db/schema';
import { and, eq, gt, inArray } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { isUniqueViolation } from '../county/is-unique-violation.ts';
import { diffValues } from './diff-values.ts';
import { loadEffectiveSetting, loadNewestSetting } from './load-effective-setting.ts';
import type { SettingEntry } from './setting-schemas.ts';

/** Checks a value against the tenant's data: overridden categories exist, no unit below the depth. */
async function checkAgainstData(
  tx: Transaction,
  current: typeof tenant.$inferSelect,
  entry: SettingEntry,
): Promise<void> {
  if (entry.key === 'stage_deadlines') {
    const ids = Object.keys(entry.value.categoryOverrides);
    if (ids.length === 0) return;
    const found = await tx
      .select({ id: disputeCategory.id })
      .from(disputeCategory)
      .where(and(eq(disputeCategory.countyId, current.countyId), inArray(disputeCategory.id, ids)));
    const known = new Set(found.map((row) => row.id));
    const unknown = ids.find((id) => !known.has(id));
    // Another county's category id is indistinguishable from a made-up one.
    if (unknown) throw apiError('NOT_FOUND', { field: 'categoryOverrides', categoryId: unknown });
  }
  if (entry.key === 'tiers') {
    // A county's scope covers its towns, a town's itself: either way the units this value governs.
    const [deeper] = await tx
      .select({ id: orgUnit.id })
      .from(orgUnit)
      .where(and(eq(orgUnit.countyId, current.countyId), gt(orgUnit.tierLevel, entry.value.depth)))
      .limit(1);
    if (deeper) throw apiError('CONFLICT', { reason: 'UNITS_BEYOND_DEPTH' });
  }
}

/**
 * Adds version n+1 of a key (the table is append-only for the app role) and audits the change
 * leaf by leaf. A county updates any key; a town only the keys the county lets towns override.
 * Saving an unchanged value still adds a version: that is how a county confirms a default.
 */
export async function updateSetting(
  tx: Transaction,
  options: {
    tenant: typeof tenant.$inferSelect;
    entry: SettingEntry;
    /** The version the editor started from; a newer one in between → STALE_VERSION. */
    baseVersion?: number | undefined;
    actorUserId: string;
  },
): Promise<{ key: SettingEntry['key']; version: number }> {
  const { tenant: current, entry } = options;
  const effective = await loadEffectiveSetting(tx, { tenant: current, key: entry.key });
  if (current.kind === 'town' && (entry.key === 'town_overrides' || !effective.overridable))
    throw apiError('FORBIDDEN', { reason: 'KEY_NOT_OVERRIDABLE', key: entry.key });
  await checkAgainstData(tx, current, entry);

  const own = await loadNewestSetting(tx, {
    countyId: current.countyId,
    tenantId: current.id,
    key: entry.key,
  });
  const latestVersion = own?.version ?? 0;
  if (options.baseVersion !== undefined && options.baseVersion !== latestVersion)
    throw apiError('STALE_VERSION', { key: entry.key, latestVersion });
  const version = latestVersion + 1;
  try {
    await tx.insert(tenantSetting).values({
      countyId: current.countyId,
      tenantId: current.id,
      id: newId(),
      key: entry.key,
      version,
      value: entry.value,
      changedBy: options.actorUserId,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'tenant_setting_county_tenant_key_version_key'))
      throw apiError('STALE_VERSION', { key: entry.key });
    throw error;
  }
  // Compared with what was in force before: for a town's first override, the county's value.
  const changes = diffValues(effective.value, entry.value);
  await writeAudit(tx, {
    countyId: current.countyId,
    tenantId: current.id,
    actorUserId: options.actorUserId,
    action: 'setting.updated',
    targetType: 'setting',
    targetId: entry.key,
    detail: { key: entry.key, version, previousVersion: effective.version, changes },
  });
  return { key: entry.key, version };
}
