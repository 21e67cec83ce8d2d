import { newId } from '@concord/db/id';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, refusalOf, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

const county = () => ({ tenantSlug: world.a.county.slug });

describe('onboarding.board', () => {
  it('shows each town’s progress and the county checklist as they change', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const first = await admin.onboarding.board(county());
    expect(first.county).toEqual({
      tiersConfigured: false,
      categoriesReviewed: false,
      townsCreated: 1,
    });
    expect(first.towns).toEqual([
      {
        townId: world.a.town.id,
        slug: world.a.town.slug,
        name: world.a.town.name,
        divisionCode: null,
        active: true,
        administratorAccepted: true,
        unitsImported: 2,
        invitations: { pending: 0, accepted: 0 },
        mediators: 1,
        casesRegistered: 0,
      },
    ]);

    // A new town starts empty; its administrator is invited; staff are invited in the old one.
    const { townId, slug } = await admin.town.create({
      ...county(),
      name: '新开镇',
      divisionCode: '330102009',
      slug: `xinkai-${world.a.county.id.slice(-8)}`,
    });
    await admin.member.invite({
      tenantSlug: slug,
      login: '13600136000',
      displayName: '新开镇主任',
      role: 'town_admin',
    });
    const townAdmin = await world.caller(world.a.townAdmin);
    for (const login of ['13600136001', '13600136002'])
      await townAdmin.member.invite({
        tenantSlug: world.a.town.slug,
        login,
        displayName: '调解员',
        role: 'mediator',
      });
    await townAdmin.orgUnit.create({
      tenantSlug: world.a.town.slug,
      parentId: world.a.setup.villageUnitId,
      name: '第二村民小组',
    });
    // A case registered in the old town (inserted directly: the case routers are not this test's).
    await database.owner.db.execute(sql`insert into mediation_case
      (county_id, tenant_id, id, case_number, case_year, case_sequence, idempotency_key, status,
       tier_level, category_id, source, summary, registered_by)
      values (${world.a.county.id}, ${world.a.town.id}, ${newId()}, '（2026）alpha调字第0001号', 2026, 1,
       ${newId()}, 'registered', 2, ${world.a.setup.categoryId}, 'window', '邻里漏水', ${world.a.townAdmin.userId})`);

    await admin.settings.update({
      ...county(),
      key: 'tiers',
      value: { depth: 4, names: ['县', '乡镇', '村(社区)', '村民小组'] },
    });
    await admin.category.markReviewed(county());

    const second = await admin.onboarding.board(county());
    expect(second.county).toEqual({
      tiersConfigured: true,
      categoriesReviewed: true,
      townsCreated: 2,
    });
    const byId = new Map(second.towns.map((town) => [town.townId, town]));
    expect(byId.get(world.a.town.id)).toMatchObject({
      unitsImported: 3,
      invitations: { pending: 2, accepted: 0 },
      mediators: 1,
      casesRegistered: 1,
    });
    expect(byId.get(townId)).toMatchObject({
      administratorAccepted: false,
      unitsImported: 0,
      invitations: { pending: 0, accepted: 0 },
      mediators: 0,
      casesRegistered: 0,
    });
  });

  it('is for the county administrator only', async () => {
    const townAdmin = await world.caller(world.a.townAdmin);
    expect(
      (await refusalOf(townAdmin.onboarding.board({ tenantSlug: world.a.town.slug }))).code,
    ).toBe('FORBIDDEN');
    const viewer = await world.caller(world.b.countyAdmin);
    expect((await refusalOf(viewer.onboarding.board(county()))).code).toBe('NOT_FOUND');
  });
});
