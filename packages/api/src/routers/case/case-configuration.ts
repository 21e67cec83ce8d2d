// What the case use cases read from the county's configuration (through the settings and
// calendar helpers, which reach county-owned rows from a town's transaction too): stage
// deadlines per category, the working-day calendar, number prefixes, enabled intake channels,
// categories and committees. Settings are those of the case's own tenant: a town may override.
import type { Transaction } from '@concord/db/client';
import { disputeCategory, type IntakeChannel, industryCommittee, tenant } from '@concord/db/schema';
import type { WorkingDayCalendar } from '@concord/domain/calendar/working-days';
import type { StageDeadline, StageDeadlineKind } from '@concord/domain/deadline/stage-deadlines';
import { and, eq, inArray } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { loadWorkingDayCalendar } from '../calendar/load-working-day-calendar.ts';
import { loadEffectiveSetting } from '../settings/load-effective-setting.ts';
import {
  type NumberingSetting,
  type StageDeadlinesSetting,
  stageDeadlinesFor,
} from '../settings/setting-schemas.ts';

export type TenantRow = typeof tenant.$inferSelect;
export type StageDeadlines = Readonly<Record<StageDeadlineKind, StageDeadline>>;

/** The tenant a case belongs to; its configuration applies to the case. */
export async function loadTenantRow(tx: Transaction, tenantId: string): Promise<TenantRow> {
  const [found] = await tx.select().from(tenant).where(eq(tenant.id, tenantId));
  if (!found) throw apiError('NOT_FOUND');
  return found;
}

export interface DeadlineRules {
  deadlines: StageDeadlines;
  calendar: WorkingDayCalendar;
}

/** Stage limits for a case of `categoryId` in `owner`, and the county's working days. */
export async function loadDeadlineRules(
  tx: Transaction,
  options: { owner: TenantRow; categoryId: string },
): Promise<DeadlineRules> {
  const setting = await loadEffectiveSetting(tx, { tenant: options.owner, key: 'stage_deadlines' });
  return {
    deadlines: stageDeadlinesFor(setting.value, options.categoryId),
    calendar: await loadWorkingDayCalendar(tx, options.owner.countyId),
  };
}

/** For the due-soon flags of a list: the stage-deadline setting of each tenant listed. */
export async function loadStageDeadlineSettings(
  tx: Transaction,
  tenantIds: readonly string[],
): Promise<Map<string, StageDeadlinesSetting>> {
  const settings = new Map<string, StageDeadlinesSetting>();
  if (tenantIds.length === 0) return settings;
  const owners = await tx
    .select()
    .from(tenant)
    .where(inArray(tenant.id, [...new Set(tenantIds)]));
  for (const owner of owners) {
    const setting = await loadEffectiveSetting(tx, { tenant: owner, key: 'stage_deadlines' });
    settings.set(owner.id, setting.value);
  }
  return settings;
}

export async function loadNumberPrefixes(
  tx: Transaction,
  owner: TenantRow,
): Promise<NumberingSetting> {
  return (await loadEffectiveSetting(tx, { tenant: owner, key: 'numbering' })).value;
}

export async function loadIntakeChannels(
  tx: Transaction,
  owner: TenantRow,
): Promise<readonly IntakeChannel[]> {
  return (await loadEffectiveSetting(tx, { tenant: owner, key: 'intake_channels' })).value.enabled;
}

export interface CategoryRow {
  id: string;
  name: string;
  defaultTierLevel: number;
  committeeId: string | null;
  retiredAt: Date | null;
}

/** A category of the county (categories belong to the county tenant), or null. */
export async function findCategory(
  tx: Transaction,
  options: { countyId: string; categoryId: string },
): Promise<CategoryRow | null> {
  const [found] = await tx
    .select({
      id: disputeCategory.id,
      name: disputeCategory.name,
      defaultTierLevel: disputeCategory.defaultTierLevel,
      committeeId: disputeCategory.committeeId,
      retiredAt: disputeCategory.retiredAt,
    })
    .from(disputeCategory)
    .where(
      and(
        eq(disputeCategory.countyId, options.countyId),
        eq(disputeCategory.tenantId, options.countyId),
        eq(disputeCategory.id, options.categoryId),
      ),
    );
  return found ?? null;
}

/** An industry committee of the county, or null. */
export async function findCommittee(
  tx: Transaction,
  options: { countyId: string; committeeId: string },
): Promise<{ id: string; name: string; retiredAt: Date | null } | null> {
  const [found] = await tx
    .select({
      id: industryCommittee.id,
      name: industryCommittee.name,
      retiredAt: industryCommittee.retiredAt,
    })
    .from(industryCommittee)
    .where(
      and(
        eq(industryCommittee.countyId, options.countyId),
        eq(industryCommittee.tenantId, options.countyId),
        eq(industryCommittee.id, options.committeeId),
      ),
    );
  return found ?? null;
}

/** Names of the county's categories and committees by id, for pages and exports. */
export async function loadConfigurationNames(
  tx: Transaction,
  countyId: string,
): Promise<{ categories: Map<string, string>; committees: Map<string, string> }> {
  const categories = await tx
    .select({ id: disputeCategory.id, name: disputeCategory.name })
    .from(disputeCategory)
    .where(and(eq(disputeCategory.countyId, countyId), eq(disputeCategory.tenantId, countyId)));
  const committees = await tx
    .select({ id: industryCommittee.id, name: industryCommittee.name })
    .from(industryCommittee)
    .where(and(eq(industryCommittee.countyId, countyId), eq(industryCommittee.tenantId, countyId)));
  return {
    categories: new Map(categories.map((row) => [row.id, row.name])),
    committees: new Map(committees.map((row) => [row.id, row.name])),
  };
}

/** The deadline rules of an existing case: its tenant's settings for its category. */
export async function loadCaseDeadlineRules(
  tx: Transaction,
  current: { tenantId: string; categoryId: string },
): Promise<DeadlineRules> {
  return loadDeadlineRules(tx, {
    owner: await loadTenantRow(tx, current.tenantId),
    categoryId: current.categoryId,
  });
}
