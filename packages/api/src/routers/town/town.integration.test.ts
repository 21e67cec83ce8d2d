import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, refusalOf, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
  await database.owner.db.execute(
    sql`update tenant set division_code = '330102000000' where id = ${world.a.county.id}`,
  );
});
afterAll(() => database.drop());

const county = () => ({ tenantSlug: world.a.county.slug });
const slug = (name: string) => `${name}-${world.a.county.id.slice(-8)}`;

describe('towns', () => {
  it('creates a town with its root unit and numbering, ready to invite its administrator', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const created = await admin.town.create({
      ...county(),
      name: '城北街道',
      divisionCode: '330102003000',
      slug: slug('chengbei'),
    });
    const towns = await admin.town.list(county());
    expect(towns.find((town) => town.id === created.townId)).toMatchObject({
      name: '城北街道',
      divisionCode: '330102003000',
      active: true,
    });
    const [root] = await database.owner.db.execute<{
      tier_level: number;
      parent_id: string;
      division_code: string;
    }>(
      sql`select tier_level, parent_id, division_code from org_unit where id = ${created.rootUnitId}`,
    );
    expect(root).toEqual({
      tier_level: 2,
      parent_id: world.a.setup.countyRootUnitId,
      division_code: '330102003000',
    });
    expect(
      (await admin.settings.get({ tenantSlug: created.slug, key: 'numbering' })).value,
    ).toEqual({ casePrefix: '城北调', agreementPrefix: '城北调协' });
    // Inviting the town's administrator is the existing member.invite on the town's slug.
    const invited = await admin.member.invite({
      tenantSlug: created.slug,
      login: '13700137000',
      displayName: '城北中心主任',
      role: 'town_admin',
    });
    expect(invited.invitationId).toBeTruthy();
    const [audit] = await database.owner.db.execute<{ action: string; detail: unknown }>(
      sql`select action, detail from audit_log where target_id = ${created.townId} and action = 'town.created'`,
    );
    expect(audit?.detail).toMatchObject({ name: '城北街道', divisionCode: '330102003000' });
  });

  it('refuses codes outside the county, taken codes, names and slugs', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const attempt = (overrides: Record<string, string>) =>
      refusalOf(
        admin.town.create({
          ...county(),
          name: '新镇',
          divisionCode: '330102004',
          slug: slug('xinzhen'),
          ...overrides,
        }),
      );
    expect(await attempt({ divisionCode: '330103004' })).toMatchObject({
      code: 'BAD_REQUEST',
      details: { field: 'divisionCode', reason: 'NOT_IN_COUNTY' },
    });
    expect(await attempt({ divisionCode: '330102003' })).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'DIVISION_CODE_TAKEN' },
    });
    expect(await attempt({ name: '城北街道' })).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'NAME_TAKEN' },
    });
    expect(await attempt({ slug: world.b.town.slug })).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'SLUG_TAKEN' },
    });
    for (const divisionCode of ['330102', '330102000', '3301020040']) {
      expect((await attempt({ divisionCode })).code).toBe('BAD_REQUEST');
    }
    // Only the county administrator, only on the county.
    const townAdmin = await world.caller(world.a.townAdmin);
    expect(
      (
        await refusalOf(
          townAdmin.town.create({
            tenantSlug: world.a.town.slug,
            name: '新镇',
            divisionCode: '330102004',
            slug: slug('xinzhen'),
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('deactivates a town: its data stays readable, every change to it is refused', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const townAdmin = await world.caller(world.a.townAdmin);
    const townId = world.a.town.id;
    expect(await admin.town.deactivate({ ...county(), townId })).toEqual({
      townId,
      active: false,
      changed: true,
    });
    expect(await admin.town.deactivate({ ...county(), townId })).toMatchObject({ changed: false });
    expect((await admin.town.list(county())).find((town) => town.id === townId)?.active).toBe(
      false,
    );

    const inTown = { tenantSlug: world.a.town.slug };
    expect(await townAdmin.centre.listRooms(inTown)).toHaveLength(1);
    expect((await townAdmin.orgUnit.tree(inTown)).units.length).toBeGreaterThan(1);
    // Thunks: each call starts only when awaited (no rejection left unhandled meanwhile).
    for (const attempt of [
      () => townAdmin.centre.createRoom({ ...inTown, name: '第二调解室' }),
      () =>
        townAdmin.orgUnit.update({ ...inTown, unitId: world.a.setup.villageUnitId, name: '改名' }),
      () =>
        admin.orgUnit.importRows({
          ...inTown,
          rows: [{ divisionCode: '330102005201', name: '新村', tierLevel: 3 }],
        }),
      () =>
        townAdmin.settings.update({
          ...inTown,
          key: 'numbering',
          value: { casePrefix: '甲调', agreementPrefix: '甲调协' },
        }),
    ])
      expect(await refusalOf(attempt())).toMatchObject({
        code: 'FORBIDDEN',
        message: 'TENANT_INACTIVE',
      });

    await admin.town.reactivate({ ...county(), townId });
    await expect(
      townAdmin.centre.createRoom({ ...inTown, name: '第二调解室' }),
    ).resolves.toHaveProperty('id');
    const actions = await database.owner.db.execute<{ action: string }>(
      sql`select action from audit_log where target_id = ${townId} and action like 'town.%' order by seq`,
    );
    expect(actions.map((row) => row.action)).toEqual(['town.deactivated', 'town.reactivated']);
  });

  it('answers NOT_FOUND for another county’s town', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    expect(
      (await refusalOf(admin.town.deactivate({ ...county(), townId: world.b.town.id }))).code,
    ).toBe('NOT_FOUND');
  });
});
