// A new county's default configuration (DOMAIN.md §2, §5, §10): the 15 national dispute types,
// the usual industry committees, settings version 1 of every key and the root of the tier tree.
// Used by county sign-up and by the demo seed, so both start from the same place.
import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import {
  disputeCategory,
  industryCommittee,
  intakeChannels,
  orgUnit,
  type SettingKey,
  tenant,
  tenantSetting,
} from '@concord/db/schema';
import { defaultStageDeadlines } from '@concord/domain/deadline/stage-deadlines';
import { and, eq, isNull } from 'drizzle-orm';
import {
  type NumberingSetting,
  parseSettingValue,
  type SettingValues,
} from '../routers/settings/setting-schemas.ts';

/** The national people's-mediation statistics list these rows follow. */
export const NATIONAL_LIST_VERSION = 'national-15';

export interface DefaultCommittee {
  code: string;
  name: string;
}

export const defaultCommittees: readonly DefaultCommittee[] = [
  { code: 'traffic', name: '道路交通事故纠纷人民调解委员会' },
  { code: 'medical', name: '医疗纠纷人民调解委员会' },
  { code: 'labour', name: '劳动争议人民调解委员会' },
  { code: 'property', name: '物业纠纷人民调解委员会' },
  { code: 'marriage_family', name: '婚姻家庭纠纷人民调解委员会' },
  { code: 'consumer', name: '消费纠纷人民调解委员会' },
  { code: 'petition', name: '信访事项人民调解委员会' },
];

export interface NationalCategory {
  code: string;
  name: string;
  /** 1 county, 2 town, 3 village. */
  defaultTierLevel: 1 | 2 | 3;
  committeeCode: string | null;
}

// Our own stable codes: SF/T 0018-2019 holds the official ones, which are not available here;
// a later list version can map these codes to them. Default tiers follow "small matters stay in
// the village, big matters in the town" (DOMAIN.md §3): family, neighbour and homestead disputes
// are village matters; requisition/demolition, pollution and medical disputes involve
// government, enterprises or expert evidence and go to the county; the rest to the town.
export const nationalCategories: readonly NationalCategory[] = [
  {
    code: 'marriage_family',
    name: '婚姻家庭纠纷',
    defaultTierLevel: 3,
    committeeCode: 'marriage_family',
  },
  { code: 'neighbour', name: '邻里纠纷', defaultTierLevel: 3, committeeCode: null },
  { code: 'housing_homestead', name: '房屋宅基地纠纷', defaultTierLevel: 3, committeeCode: null },
  { code: 'contract', name: '合同纠纷', defaultTierLevel: 2, committeeCode: null },
  { code: 'business_operation', name: '生产经营纠纷', defaultTierLevel: 2, committeeCode: null },
  { code: 'damages', name: '损害赔偿纠纷', defaultTierLevel: 2, committeeCode: null },
  { code: 'forest_land', name: '山林土地纠纷', defaultTierLevel: 2, committeeCode: null },
  { code: 'land_requisition', name: '征地拆迁纠纷', defaultTierLevel: 1, committeeCode: null },
  {
    code: 'environmental_pollution',
    name: '环境污染纠纷',
    defaultTierLevel: 1,
    committeeCode: null,
  },
  { code: 'labour', name: '劳动争议纠纷', defaultTierLevel: 2, committeeCode: 'labour' },
  { code: 'consumer', name: '消费纠纷', defaultTierLevel: 2, committeeCode: 'consumer' },
  { code: 'medical', name: '医疗纠纷', defaultTierLevel: 1, committeeCode: 'medical' },
  {
    code: 'traffic_accident',
    name: '道路交通事故纠纷',
    defaultTierLevel: 2,
    committeeCode: 'traffic',
  },
  { code: 'property_management', name: '物业纠纷', defaultTierLevel: 2, committeeCode: 'property' },
  { code: 'other', name: '其他纠纷', defaultTierLevel: 2, committeeCode: null },
];

const forbiddenInPrefix = /[\s()（）\d]|字第/g;

function shortName(name: string, suffixes: RegExp): string {
  const clean = name.replace(forbiddenInPrefix, '');
  const short = clean.replace(suffixes, '');
  return short || clean || '人民';
}

/** 城关镇 → 城关调; 清溪县 → 清溪调 (the customary `（2026）城关调字第0001号`). */
export function defaultNumbering(name: string, kind: 'county' | 'town'): NumberingSetting {
  const short = shortName(
    name,
    kind === 'county' ? /(自治县|自治旗|县|区|市|旗)$/ : /(街道办事处|街道|镇|乡)$/,
  );
  return parseSettingValue('numbering', {
    casePrefix: `${short}调`,
    agreementPrefix: `${short}调协`,
  });
}

/** Version 1 of every key for a county. */
export function defaultSettingValues(countyName: string): SettingValues {
  return {
    tiers: { depth: 4, names: ['县', '乡镇', '村(社区)', '村民小组'] },
    intake_channels: { enabled: [...intakeChannels] },
    stage_deadlines: {
      stages: structuredClone(defaultStageDeadlines) as SettingValues['stage_deadlines']['stages'],
      categoryOverrides: {},
    },
    numbering: defaultNumbering(countyName, 'county'),
    town_overrides: { keys: ['numbering'] },
  };
}

async function requireTenant(tx: Transaction, id: string) {
  const [found] = await tx.select().from(tenant).where(eq(tenant.id, id));
  if (!found) throw new Error(`tenant ${id} is not in scope`);
  return found;
}

/** The tier-1 unit of the county's tree, made when missing (counties older than this code). */
export async function ensureCountyRootUnit(
  tx: Transaction,
  county: typeof tenant.$inferSelect,
): Promise<string> {
  const [existing] = await tx
    .select({ id: orgUnit.id })
    .from(orgUnit)
    .where(
      and(
        eq(orgUnit.countyId, county.id),
        eq(orgUnit.tenantId, county.id),
        eq(orgUnit.tierLevel, 1),
        isNull(orgUnit.parentId),
      ),
    );
  if (existing) return existing.id;
  const id = newId();
  await tx.insert(orgUnit).values({
    countyId: county.id,
    tenantId: county.id,
    id,
    tierLevel: 1,
    name: county.name,
    divisionCode: county.divisionCode,
  });
  return id;
}

/**
 * Categories, committees, settings version 1 and the county's root unit. Run once, in the
 * transaction that creates the county, under a scope that covers it.
 */
export async function applyDefaultConfiguration(
  tx: Transaction,
  options: { countyId: string; actorUserId: string | null },
): Promise<void> {
  const { countyId, actorUserId } = options;
  const county = await requireTenant(tx, countyId);
  if (county.kind !== 'county') throw new Error('default configuration is for a county');
  const [configured] = await tx
    .select({ id: tenantSetting.id })
    .from(tenantSetting)
    .where(and(eq(tenantSetting.countyId, countyId), eq(tenantSetting.tenantId, countyId)))
    .limit(1);
  if (configured) throw new Error(`county ${countyId} is already configured`);

  const owned = { countyId, tenantId: countyId };
  const committeeIds = new Map(defaultCommittees.map((committee) => [committee.code, newId()]));
  await tx.insert(industryCommittee).values(
    defaultCommittees.map((committee) => ({
      ...owned,
      id: committeeIds.get(committee.code)!,
      code: committee.code,
      name: committee.name,
    })),
  );
  await tx.insert(disputeCategory).values(
    nationalCategories.map((category, index) => ({
      ...owned,
      id: newId(),
      nationalCode: category.code,
      origin: 'national' as const,
      name: category.name,
      listVersion: NATIONAL_LIST_VERSION,
      defaultTierLevel: category.defaultTierLevel,
      committeeId: category.committeeCode
        ? (committeeIds.get(category.committeeCode) ?? null)
        : null,
      sortOrder: index + 1,
    })),
  );
  const values = defaultSettingValues(county.name);
  await tx.insert(tenantSetting).values(
    (Object.keys(values) as SettingKey[]).map((key) => ({
      ...owned,
      id: newId(),
      key,
      version: 1,
      value: values[key],
      changedBy: actorUserId,
    })),
  );
  await ensureCountyRootUnit(tx, county);
  await writeAudit(tx, {
    ...owned,
    actorUserId,
    action: 'configuration.defaults_applied',
    targetType: 'tenant',
    targetId: countyId,
    detail: {
      listVersion: NATIONAL_LIST_VERSION,
      categories: nationalCategories.length,
      committees: defaultCommittees.length,
      settings: Object.keys(values),
    },
  });
}

/**
 * What a new town starts with: its root unit (tier 2) under the county's root, and its own
 * numbering version 1 (used while the county lets towns override numbering, the default).
 * The caller audits the town's creation.
 */
export async function applyTownDefaults(
  tx: Transaction,
  options: { townId: string; actorUserId: string | null },
): Promise<{ rootUnitId: string }> {
  const town = await requireTenant(tx, options.townId);
  if (town.kind !== 'town') throw new Error('town defaults are for a town');
  const county = await requireTenant(tx, town.countyId);
  const countyRootId = await ensureCountyRootUnit(tx, county);
  const rootUnitId = newId();
  const owned = { countyId: town.countyId, tenantId: town.id };
  await tx.insert(orgUnit).values({
    ...owned,
    id: rootUnitId,
    parentId: countyRootId,
    tierLevel: 2,
    name: town.name,
    divisionCode: town.divisionCode,
  });
  await tx.insert(tenantSetting).values({
    ...owned,
    id: newId(),
    key: 'numbering',
    version: 1,
    value: defaultNumbering(town.name, 'town'),
    changedBy: options.actorUserId,
  });
  return { rootUnitId };
}
