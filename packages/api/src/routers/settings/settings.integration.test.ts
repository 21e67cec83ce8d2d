import type { SettingKey } from '@concord/db/schema';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { defaultStageDeadlines } from '@concord/domain/deadline/stage-deadlines';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, refusalOf, type World } from '../../testing/world.ts';
import type { EffectiveSetting } from './load-effective-setting.ts';
import { stageDeadlinesFor, type TiersSetting } from './setting-schemas.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

const county = () => world.a.county.slug;

/** `settings.get` answers a union discriminated by key; the tests know which key they asked. */
async function getSetting<K extends SettingKey>(
  caller: Awaited<ReturnType<World['caller']>>,
  tenantSlug: string,
  key: K,
): Promise<EffectiveSetting<K>> {
  const setting = await caller.settings.get({ tenantSlug, key });
  if (setting.key !== key) throw new Error(`asked for ${key}, got ${setting.key}`);
  return setting as EffectiveSetting<K>;
}
const town = () => world.a.town.slug;

async function auditEntries(tenantId: string, action: string) {
  return database.owner.db.execute<{ target_id: string; detail: Record<string, unknown> }>(
    sql`select target_id, detail from audit_log where tenant_id = ${tenantId} and action = ${action} order by seq`,
  );
}

describe('settings', () => {
  it('starts every county at version 1 of the defaults', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const tiers = await getSetting(admin, county(), 'tiers');
    expect(tiers).toMatchObject({
      key: 'tiers',
      version: 1,
      source: 'county',
      overridable: false,
      value: { depth: 4, names: ['县', '乡镇', '村(社区)', '村民小组'] },
    });
    const deadlines = await getSetting(admin, county(), 'stage_deadlines');
    expect(deadlines.value).toEqual({ stages: defaultStageDeadlines, categoryOverrides: {} });
    const overrides = await getSetting(admin, county(), 'town_overrides');
    expect(overrides.value).toEqual({ keys: ['numbering'] });
  });

  it('adds a version per update, keeps the history and audits the change leaf by leaf', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const renamed: TiersSetting = {
      depth: 4,
      names: ['区', '街道', '社区', '网格'],
    };
    const result = await admin.settings.update({
      tenantSlug: county(),
      key: 'tiers',
      value: renamed,
      baseVersion: 1,
    });
    expect(result).toEqual({ key: 'tiers', version: 2 });
    const history = await admin.settings.history({ tenantSlug: county(), key: 'tiers' });
    expect(history.map((entry) => entry.version)).toEqual([2, 1]);
    expect(history[0]).toMatchObject({ value: renamed, changedBy: 'alpha-county-admin' });
    expect(history[1]?.changedBy).toBeNull();
    expect((await getSetting(admin, county(), 'tiers')).value).toEqual(renamed);

    const [entry] = await auditEntries(world.a.county.id, 'setting.updated');
    expect(entry?.target_id).toBe('tiers');
    expect(entry?.detail).toEqual({
      key: 'tiers',
      version: 2,
      previousVersion: 1,
      changes: [{ path: 'names', from: ['县', '乡镇', '村(社区)', '村民小组'], to: renamed.names }],
    });

    // The row of version 1 is untouched: the table only grows.
    const rows = await database.owner.db.execute<{ version: number }>(
      sql`select version from tenant_setting where tenant_id = ${world.a.county.id} and key = 'tiers' order by version`,
    );
    expect(rows.map((row) => row.version)).toEqual([1, 2]);
  });

  it('refuses a stale base version, a malformed value and a depth the tree already exceeds', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const stale = await refusalOf(
      admin.settings.update({
        tenantSlug: county(),
        key: 'intake_channels',
        value: { enabled: ['window'] },
        baseVersion: 0,
      }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', message: 'STALE_VERSION' });
    const malformed = await refusalOf(
      admin.settings.update({
        tenantSlug: county(),
        key: 'tiers',
        value: { depth: 3, names: ['县', '乡镇', '村', '组'] },
      }),
    );
    expect(malformed.code).toBe('BAD_REQUEST');
    const noChannel = await refusalOf(
      admin.settings.update({
        tenantSlug: county(),
        key: 'intake_channels',
        value: { enabled: [] },
      }),
    );
    expect(noChannel.code).toBe('BAD_REQUEST');
    const badPrefix = await refusalOf(
      admin.settings.update({
        tenantSlug: county(),
        key: 'numbering',
        value: { casePrefix: '城关 调', agreementPrefix: '城关调协' },
      }),
    );
    expect(badPrefix.code).toBe('BAD_REQUEST');
    // The world's town has resident units at tier 4.
    const shallower = await refusalOf(
      admin.settings.update({
        tenantSlug: county(),
        key: 'tiers',
        value: { depth: 3, names: ['乡镇', '村', '网格'] },
      }),
    );
    expect(shallower).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'UNITS_BEYOND_DEPTH' },
    });
  });

  it('validates per-category deadline overrides against the county categories', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const faster = { rule: { amount: 10, unit: 'calendar_days' as const }, warnDays: 3 };
    await admin.settings.update({
      tenantSlug: county(),
      key: 'stage_deadlines',
      value: {
        stages: defaultStageDeadlines,
        categoryOverrides: { [world.a.setup.categoryId]: { mediationConcluded: faster } },
      },
    });
    const stored = await getSetting(admin, county(), 'stage_deadlines');
    expect(stageDeadlinesFor(stored.value, world.a.setup.categoryId).mediationConcluded).toEqual(
      faster,
    );
    expect(stageDeadlinesFor(stored.value, null).mediationConcluded).toEqual(
      defaultStageDeadlines.mediationConcluded,
    );
    const foreign = await refusalOf(
      admin.settings.update({
        tenantSlug: county(),
        key: 'stage_deadlines',
        value: {
          stages: defaultStageDeadlines,
          categoryOverrides: { [world.b.setup.categoryId]: { mediationConcluded: faster } },
        },
      }),
    );
    expect(foreign.code).toBe('NOT_FOUND');
  });

  it('lets a town read the county values and override only what the county allows', async () => {
    const townAdmin = await world.caller(world.a.townAdmin);
    const countyAdmin = await world.caller(world.a.countyAdmin);

    // County-owned values are readable from the town (through the read-only county_configuration_read policy).
    const deadlines = await getSetting(townAdmin, town(), 'stage_deadlines');
    expect(deadlines).toMatchObject({ source: 'county', overridable: false });
    expect(deadlines.version).toBeGreaterThan(1);

    // Numbering is overridable by default, and the town starts with its own prefix.
    const numbering = await getSetting(townAdmin, town(), 'numbering');
    expect(numbering).toMatchObject({
      source: 'town',
      version: 1,
      overridable: true,
      value: { casePrefix: 'alpha调', agreementPrefix: 'alpha调协' },
    });
    const updated = await townAdmin.settings.update({
      tenantSlug: town(),
      key: 'numbering',
      value: { casePrefix: '阿尔法调', agreementPrefix: '阿尔法人调协' },
    });
    expect(updated.version).toBe(2);
    expect((await getSetting(townAdmin, town(), 'numbering')).value.casePrefix).toBe('阿尔法调');
    expect((await getSetting(countyAdmin, county(), 'numbering')).value.casePrefix).toBe('alpha调');
    const [audited] = await auditEntries(world.a.town.id, 'setting.updated');
    expect(audited?.detail).toMatchObject({ key: 'numbering', version: 2, previousVersion: 1 });

    // Not overridable: refused, and so is the list of overridable keys itself.
    for (const attempt of [
      () =>
        townAdmin.settings.update({
          tenantSlug: town(),
          key: 'intake_channels',
          value: { enabled: ['window'] },
        }),
      () =>
        townAdmin.settings.update({
          tenantSlug: town(),
          key: 'town_overrides',
          value: { keys: ['numbering', 'intake_channels'] },
        }),
    ])
      expect(await refusalOf(attempt())).toMatchObject({
        code: 'FORBIDDEN',
        details: { reason: 'KEY_NOT_OVERRIDABLE' },
      });
    // A mediator may not change the town's configuration at all.
    const mediator = await world.caller(world.a.mediator);
    expect(
      (
        await refusalOf(
          mediator.settings.update({
            tenantSlug: town(),
            key: 'numbering',
            value: { casePrefix: '乙调', agreementPrefix: '乙调协' },
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');

    // The county opens intake channels to towns; the town overrides; the county closes it again.
    await countyAdmin.settings.update({
      tenantSlug: county(),
      key: 'town_overrides',
      value: { keys: ['numbering', 'intake_channels'] },
    });
    await townAdmin.settings.update({
      tenantSlug: town(),
      key: 'intake_channels',
      value: { enabled: ['window', 'hotline'] },
    });
    expect(await getSetting(townAdmin, town(), 'intake_channels')).toMatchObject({
      source: 'town',
      value: { enabled: ['window', 'hotline'] },
    });
    await countyAdmin.settings.update({
      tenantSlug: county(),
      key: 'town_overrides',
      value: { keys: [] },
    });
    const closed = await getSetting(townAdmin, town(), 'intake_channels');
    expect(closed.source).toBe('county');
    expect(closed.value.enabled.length).toBeGreaterThan(2);
    expect((await getSetting(townAdmin, town(), 'numbering')).source).toBe('county');
  });

  it('shows a county admin acting through a town slug the town view, and B nothing of A', async () => {
    const countyAdmin = await world.caller(world.a.countyAdmin);
    const history = await countyAdmin.settings.history({ tenantSlug: town(), key: 'numbering' });
    expect(history.map((entry) => entry.version)).toEqual([2, 1]);
    const other = await world.caller(world.b.countyAdmin);
    expect((await getSetting(other, world.b.town.slug, 'numbering')).value).toEqual({
      casePrefix: 'beta调',
      agreementPrefix: 'beta调协',
    });
  });
});
