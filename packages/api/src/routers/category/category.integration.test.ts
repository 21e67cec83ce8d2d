import { disputeCategory } from '@concord/db/schema';
import { systemScope, withScope } from '@concord/db/scope';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, refusalOf, type World } from '../../testing/world.ts';
import { requireUsableCategory } from './require-usable-category.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

const county = () => ({ tenantSlug: world.a.county.slug });

/** As the case routers will call it: inside a town member's transaction. */
const usableFromTown = (categoryId: string) =>
  withScope(database.app.db, systemScope([world.a.town.id]), (tx) =>
    requireUsableCategory(tx, { countyId: world.a.county.id, categoryId }),
  );

describe('categories', () => {
  it('lists the 15 national types with their committees, for the county and its towns', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const list = await admin.category.list(county());
    expect(list).toHaveLength(15);
    expect(
      list.every((row) => row.origin === 'national' && row.listVersion === 'national-15'),
    ).toBe(true);
    expect(list.every((row) => row.name.endsWith('纠纷'))).toBe(true);
    const byCode = new Map(list.map((row) => [row.nationalCode, row]));
    expect(byCode.get('neighbour')).toMatchObject({ defaultTierLevel: 3, committeeName: null });
    expect(byCode.get('medical')).toMatchObject({
      defaultTierLevel: 1,
      committeeName: '医疗纠纷人民调解委员会',
    });
    expect(byCode.get('traffic_accident')?.committeeName).toBe('道路交通事故纠纷人民调解委员会');
    // A mediator of a town reads the county's list through the read-only county_configuration_read policy.
    const mediator = await world.caller(world.a.mediator);
    expect(await mediator.category.list({ tenantSlug: world.a.town.slug })).toEqual(list);
  });

  it("lets a town's scope read but never change the county's rows, even in raw SQL", async () => {
    const townScope = systemScope([world.a.town.id]);
    const changed = await withScope(database.app.db, townScope, async (tx) => {
      const visible = await tx.select({ id: disputeCategory.id }).from(disputeCategory);
      const renamed = await tx
        .update(disputeCategory)
        .set({ name: '被篡改' })
        .where(eq(disputeCategory.countyId, world.a.county.id))
        .returning({ id: disputeCategory.id });
      return { visible: visible.length, renamed: renamed.length };
    });
    expect(changed.visible).toBeGreaterThan(0);
    expect(changed.renamed).toBe(0);
    const otherCounty = await withScope(database.app.db, townScope, (tx) =>
      tx
        .select({ id: disputeCategory.id })
        .from(disputeCategory)
        .where(eq(disputeCategory.countyId, world.b.county.id)),
    );
    expect(otherCounty).toEqual([]);
  });

  it('adds a local type under a national parent and refuses bad parents, committees and names', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const { categoryId } = await admin.category.create({
      ...county(),
      name: '赡养纠纷',
      nationalCode: 'marriage_family',
      defaultTierLevel: 3,
      committeeId: null,
    });
    const created = (await admin.category.list(county())).find((row) => row.id === categoryId);
    expect(created).toMatchObject({
      origin: 'local',
      nationalCode: 'marriage_family',
      nationalName: '婚姻家庭纠纷',
      listVersion: 'national-15',
      retired: false,
    });

    expect(
      await refusalOf(
        admin.category.create({
          ...county(),
          name: '坟地纠纷',
          nationalCode: 'funeral',
          defaultTierLevel: 3,
        }),
      ),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'VALIDATION_FAILED',
      details: { field: 'nationalCode', reason: 'UNKNOWN_NATIONAL_CODE' },
    });
    expect(
      await refusalOf(
        admin.category.create({
          ...county(),
          name: '邻里纠纷',
          nationalCode: 'neighbour',
          defaultTierLevel: 3,
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'NAME_TAKEN' } });
    expect(
      (
        await refusalOf(
          admin.category.create({
            ...county(),
            name: '外县纠纷',
            nationalCode: 'other',
            defaultTierLevel: 2,
            committeeId: world.b.setup.committeeId,
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    // Town administrators do not configure the county's list.
    const townAdmin = await world.caller(world.a.townAdmin);
    expect(
      (
        await refusalOf(
          townAdmin.category.create({
            tenantSlug: world.a.town.slug,
            name: '菜地纠纷',
            nationalCode: 'neighbour',
            defaultTierLevel: 3,
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('renames and re-defaults, auditing what changed', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const categoryId = world.a.setup.categoryId;
    expect(await admin.category.rename({ ...county(), categoryId, name: '邻里关系纠纷' })).toEqual({
      changed: true,
    });
    expect(await admin.category.rename({ ...county(), categoryId, name: '邻里关系纠纷' })).toEqual({
      changed: false,
    });
    expect(
      await refusalOf(admin.category.rename({ ...county(), categoryId, name: '合同纠纷' })),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'NAME_TAKEN' } });
    await admin.category.setDefaults({
      ...county(),
      categoryId,
      defaultTierLevel: 2,
      committeeId: world.a.setup.committeeId,
    });
    const row = (await admin.category.list(county())).find((entry) => entry.id === categoryId);
    expect(row).toMatchObject({
      name: '邻里关系纠纷',
      nationalCode: 'neighbour',
      defaultTierLevel: 2,
      committeeId: world.a.setup.committeeId,
    });
    const audit = await database.owner.db.execute<{ action: string; detail: unknown }>(
      sql`select action, detail from audit_log where target_id = ${categoryId} order by seq`,
    );
    expect(audit.map((entry) => entry.action)).toEqual([
      'category.renamed',
      'category.defaults_set',
    ]);
    expect(audit[0]?.detail).toEqual({
      name: '邻里纠纷',
      changes: { name: { from: '邻里纠纷', to: '邻里关系纠纷' } },
    });
  });

  it('retires without deleting: still listed and readable, refused for new use, restorable', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const list = await admin.category.list(county());
    const contract = list.find((row) => row.nationalCode === 'contract')!;
    await expect(usableFromTown(contract.id)).resolves.toMatchObject({ name: '合同纠纷' });

    expect(await admin.category.retire({ ...county(), categoryId: contract.id })).toEqual({
      changed: true,
    });
    const after = await admin.category.list(county());
    expect(after).toHaveLength(list.length);
    expect(after.find((row) => row.id === contract.id)).toMatchObject({ retired: true });
    expect(await refusalOf(usableFromTown(contract.id))).toMatchObject({
      code: 'BAD_REQUEST',
      details: { field: 'categoryId', reason: 'CATEGORY_RETIRED' },
    });
    // A retired national type takes no new local types either.
    expect(
      await refusalOf(
        admin.category.create({
          ...county(),
          name: '借贷纠纷',
          nationalCode: 'contract',
          defaultTierLevel: 2,
        }),
      ),
    ).toMatchObject({ details: { reason: 'PARENT_RETIRED' } });
    expect((await refusalOf(usableFromTown(world.b.setup.categoryId))).code).toBe('NOT_FOUND');

    await admin.category.restore({ ...county(), categoryId: contract.id });
    await expect(usableFromTown(contract.id)).resolves.toMatchObject({ retiredAt: null });
  });
});

describe('committees', () => {
  it('lists the defaults, adds, renames, and retires only what no active category uses', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const list = await admin.committee.list(county());
    expect(list.map((row) => row.code).sort()).toEqual([
      'consumer',
      'labour',
      'marriage_family',
      'medical',
      'petition',
      'property',
      'traffic',
    ]);
    const medical = list.find((row) => row.code === 'medical')!;
    expect(medical.categories).toBe(1);

    const { committeeId } = await admin.committee.create({
      ...county(),
      name: '企业改制调解委员会',
    });
    expect(
      await refusalOf(admin.committee.create({ ...county(), name: '企业改制调解委员会' })),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'NAME_TAKEN' } });
    await admin.committee.rename({ ...county(), committeeId, name: '企业调解委员会' });

    expect(
      await refusalOf(admin.committee.retire({ ...county(), committeeId: medical.id })),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'COMMITTEE_IN_USE', categories: 1 } });
    await admin.committee.retire({ ...county(), committeeId });
    const after = await admin.committee.list(county());
    expect(after.find((row) => row.id === committeeId)).toMatchObject({
      name: '企业调解委员会',
      retired: true,
    });
    // A retired committee cannot become a category's default.
    expect(
      await refusalOf(
        admin.category.setDefaults({
          ...county(),
          categoryId: world.a.setup.categoryId,
          defaultTierLevel: 3,
          committeeId,
        }),
      ),
    ).toMatchObject({ details: { field: 'committeeId', reason: 'COMMITTEE_RETIRED' } });
    await admin.committee.restore({ ...county(), committeeId });
    expect(
      (await admin.committee.list(county())).find((row) => row.id === committeeId)?.retired,
    ).toBe(false);
  });
});
