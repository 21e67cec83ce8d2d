import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, refusalOf, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;
/** A town of county A with a division code, created through town.create. */
let chengnan: { slug: string; townId: string; rootUnitId: string };

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
  await database.owner.db.execute(
    sql`update tenant set division_code = '330102000000' where id = ${world.a.county.id}`,
  );
  const admin = await world.caller(world.a.countyAdmin);
  chengnan = await admin.town.create({
    tenantSlug: world.a.county.slug,
    name: '城南镇',
    divisionCode: '330102101',
    slug: `chengnan-${world.a.county.id.slice(-8)}`,
  });
});
afterAll(() => database.drop());

const asCountyAdmin = () => world.caller(world.a.countyAdmin);
const inChengnan = () => ({ tenantSlug: chengnan.slug });

const village = (n: number, name = `第${n}村`, population: number | null = 1000 + n) => ({
  divisionCode: `330102101${String(200 + n).padStart(3, '0')}`,
  name,
  parentCode: '330102101000',
  tierLevel: 3,
  population,
  households: population === null ? null : Math.round(population / 3),
});
const group = (villageNumber: number, n: number) => ({
  divisionCode: `330102101${String(200 + villageNumber).padStart(3, '0')}${String(n).padStart(3, '0')}`,
  name: `第${n}村民小组`,
  parentCode: `330102101${String(200 + villageNumber).padStart(3, '0')}`,
  tierLevel: 4,
});

async function unitCount(tenantId: string): Promise<number> {
  const [row] = await database.owner.db.execute<{ n: number }>(
    sql`select count(*)::int as n from org_unit where tenant_id = ${tenantId}`,
  );
  return row?.n ?? 0;
}

/** A refusal's problems as `row:column:reason`. */
function problemsOf(refusal: { details: Record<string, unknown> | null }): string[] {
  const problems = (refusal.details?.problems ?? []) as {
    row: number;
    column: string;
    reason: string;
  }[];
  return problems.map((problem) => `${problem.row}:${problem.column}:${problem.reason}`);
}

async function auditCount(tenantId: string, action: string): Promise<number> {
  const [row] = await database.owner.db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_log where tenant_id = ${tenantId} and action = ${action}`,
  );
  return row?.n ?? 0;
}

describe('orgUnit.importRows', () => {
  const rows = [
    // Children before their parents, mixed: the import takes rows tier by tier.
    group(1, 1),
    group(2, 1),
    village(1),
    group(1, 2),
    village(2),
    { ...village(3), parentCode: null },
  ];

  it('creates the units, resolving parents by code in any order', async () => {
    const admin = await asCountyAdmin();
    const result = await admin.orgUnit.importRows({ ...inChengnan(), rows });
    expect(result).toEqual({ created: 6, updated: 0, unchanged: 0 });
    const tree = await admin.orgUnit.tree(inChengnan());
    const byCode = new Map(tree.units.map((unit) => [unit.divisionCode, unit]));
    const first = byCode.get('330102101201')!;
    expect(first).toMatchObject({ tierLevel: 3, parentId: chengnan.rootUnitId, childCount: 2 });
    expect(byCode.get('330102101201002')).toMatchObject({ tierLevel: 4, parentId: first.id });
    expect(byCode.get('330102101203')?.parentId).toBe(chengnan.rootUnitId);
    expect(tree.countsByTier).toEqual({ 2: 1, 3: 3, 4: 3 });
  });

  it('changes nothing when the same rows come again', async () => {
    const admin = await asCountyAdmin();
    const before = await auditCount(chengnan.townId, 'org_unit.imported');
    const again = await admin.orgUnit.importRows({ ...inChengnan(), rows: [...rows].reverse() });
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 6 });
    expect(await auditCount(chengnan.townId, 'org_unit.imported')).toBe(before);
  });

  it('updates changed names and sizes, keeps sizes a file leaves out, adds under stored parents', async () => {
    const admin = await asCountyAdmin();
    const { population: _population, households: _households, ...withoutSizes } = village(3);
    const result = await admin.orgUnit.importRows({
      ...inChengnan(),
      rows: [
        village(1, '第一村（更名）'),
        { ...village(2), population: 2222 },
        withoutSizes,
        group(3, 1),
      ],
    });
    expect(result).toEqual({ created: 1, updated: 2, unchanged: 1 });
    const tree = await admin.orgUnit.tree(inChengnan());
    const byCode = new Map(tree.units.map((unit) => [unit.divisionCode, unit]));
    expect(byCode.get('330102101201')?.name).toBe('第一村（更名）');
    expect(byCode.get('330102101202')?.population).toBe(2222);
    expect(byCode.get('330102101203')?.population).toBe(1003);
    expect(byCode.get('330102101203001')?.tierLevel).toBe(4);
  });

  it('refuses to hang a stored unit under a village its code does not extend', async () => {
    const admin = await asCountyAdmin();
    const before = await unitCount(chengnan.townId);
    const refusal = await refusalOf(
      admin.orgUnit.importRows({
        ...inChengnan(),
        rows: [{ ...group(1, 2), parentCode: village(4).divisionCode }, village(4)],
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', message: 'VALIDATION_FAILED' });
    expect(refusal.details?.problems).toEqual([
      {
        row: 0,
        column: 'parentCode',
        divisionCode: '330102101201002',
        reason: 'PARENT_PREFIX_MISMATCH',
      },
    ]);
    expect(await unitCount(chengnan.townId)).toBe(before);
  });

  it('refuses the whole batch when any row is wrong, naming every problem', async () => {
    const admin = await asCountyAdmin();
    const before = await unitCount(chengnan.townId);
    const refusal = await refusalOf(
      admin.orgUnit.importRows({
        ...inChengnan(),
        rows: [
          village(9),
          { ...group(8, 1), name: '无主小组' },
          // A village under a village: its code extends the town's digits, its tier is wrong.
          { ...village(11), parentCode: village(1).divisionCode },
          village(9),
          { ...village(10), divisionCode: '330102102210' },
        ],
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', message: 'VALIDATION_FAILED' });
    expect(problemsOf(refusal)).toEqual([
      '1:parentCode:PARENT_NOT_FOUND',
      '2:tierLevel:TIER_MISMATCH',
      '3:divisionCode:DUPLICATE_CODE',
      '4:divisionCode:OUTSIDE_TOWN',
    ]);
    expect(await unitCount(chengnan.townId)).toBe(before);
  });

  it('refuses codes of the wrong shape for their tier, as the file reader does', async () => {
    const admin = await asCountyAdmin();
    const before = await unitCount(chengnan.townId);
    const refusal = await refusalOf(
      admin.orgUnit.importRows({
        ...inChengnan(),
        rows: [
          { ...village(20), divisionCode: '33010210122' },
          { ...village(21), divisionCode: '330102101221001' },
          { ...village(22), divisionCode: '33010210122x' },
          group(1, 0),
          { ...group(1, 9), divisionCode: '3301021012010091' },
        ],
      }),
    );
    expect(refusal).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'VALIDATION_FAILED',
      details: { field: 'rows', reason: 'DIVISION_CODE_SHAPE', problemCount: 5 },
    });
    expect(problemsOf(refusal)).toEqual(
      [0, 1, 2, 3, 4].map((row) => `${row}:divisionCode:DIVISION_CODE_SHAPE`),
    );
    expect(await unitCount(chengnan.townId)).toBe(before);
  });

  it('refuses codes that do not extend their parent’s', async () => {
    const admin = await asCountyAdmin();
    const before = await unitCount(chengnan.townId);
    const refusal = await refusalOf(
      admin.orgUnit.importRows({
        ...inChengnan(),
        rows: [
          { ...group(1, 5), parentCode: village(2).divisionCode },
          // In the town, but its parent code is another town's.
          { ...village(23), parentCode: '330102102000' },
        ],
      }),
    );
    expect(refusal.details?.problems).toEqual([
      {
        row: 0,
        column: 'parentCode',
        divisionCode: '330102101201005',
        reason: 'PARENT_PREFIX_MISMATCH',
      },
      {
        row: 1,
        column: 'parentCode',
        divisionCode: '330102101223',
        reason: 'PARENT_PREFIX_MISMATCH',
      },
    ]);
    expect(await unitCount(chengnan.townId)).toBe(before);
  });

  it('lists exactly the bad rows of a mixed batch and writes none of the good ones', async () => {
    const admin = await asCountyAdmin();
    const before = await unitCount(chengnan.townId);
    const imports = await auditCount(chengnan.townId, 'org_unit.imported');
    const refusal = await refusalOf(
      admin.orgUnit.importRows({
        ...inChengnan(),
        rows: [
          village(30),
          group(30, 1),
          { ...group(30, 2), parentCode: village(31).divisionCode },
          village(31),
          { ...group(31, 1), divisionCode: '33010210123101' },
          group(31, 2),
          { ...village(32), parentCode: '330102102000' },
          // Under the refused village, which is in the batch: judged on its own, not an orphan.
          group(32, 1),
        ],
      }),
    );
    expect(problemsOf(refusal)).toEqual([
      '2:parentCode:PARENT_PREFIX_MISMATCH',
      '4:divisionCode:DIVISION_CODE_SHAPE',
      '6:parentCode:PARENT_PREFIX_MISMATCH',
    ]);
    expect(refusal.details?.problemCount).toBe(3);
    expect(await unitCount(chengnan.townId)).toBe(before);
    const [written] = await database.owner.db.execute<{ n: number }>(
      sql`select count(*)::int as n from org_unit where division_code like '33010210123%'`,
    );
    expect(written?.n).toBe(0);
    expect(await auditCount(chengnan.townId, 'org_unit.imported')).toBe(imports);
  });

  it('refuses a code another town of the county holds, even one the caller cannot see', async () => {
    // The world's town has no division code of its own, so only the county-wide uniqueness
    // of codes stands between its administrator and 城南镇's village code.
    const townAdmin = await world.caller(world.a.townAdmin);
    const before = await unitCount(chengnan.townId);
    const refusal = await refusalOf(
      townAdmin.orgUnit.importRows({
        tenantSlug: world.a.town.slug,
        rows: [{ divisionCode: '330102101201', name: '冒名村', tierLevel: 3 }],
      }),
    );
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'DIVISION_CODE_TAKEN', divisionCodes: ['330102101201'] },
    });
    expect(await unitCount(chengnan.townId)).toBe(before);
    const stillNamed = await database.owner.db.execute<{ name: string }>(
      sql`select name from org_unit where division_code = '330102101201'`,
    );
    expect(stillNamed).toEqual([{ name: '第一村（更名）' }]);
  });

  it('imports 10,000 rows in batches, and re-imports them as unchanged', async () => {
    const admin = await asCountyAdmin();
    const big = await admin.town.create({
      tenantSlug: world.a.county.slug,
      name: '大坪镇',
      divisionCode: '330102102',
      slug: `daping-${world.a.county.id.slice(-8)}`,
    });
    const code = (v: number) => `330102102${String(v).padStart(3, '0')}`;
    const rows = [];
    for (let v = 1; v <= 100; v++) {
      rows.push({ divisionCode: code(v), name: `村${v}`, tierLevel: 3, population: v * 10 });
      for (let g = 1; g <= 99; g++)
        rows.push({
          divisionCode: `${code(v)}${String(g).padStart(3, '0')}`,
          name: `${v}村${g}组`,
          parentCode: code(v),
          tierLevel: 4,
        });
    }
    expect(rows).toHaveLength(10_000);
    let started = performance.now();
    const first = await admin.orgUnit.importRows({ tenantSlug: big.slug, rows });
    const firstMs = performance.now() - started;
    expect(first).toEqual({ created: 10_000, updated: 0, unchanged: 0 });
    started = performance.now();
    const second = await admin.orgUnit.importRows({ tenantSlug: big.slug, rows });
    const secondMs = performance.now() - started;
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 10_000 });
    started = performance.now();
    const renamed = await admin.orgUnit.importRows({
      tenantSlug: big.slug,
      rows: rows.map((row) => ({ ...row, name: `${row.name}（新）` })),
    });
    const renamedMs = performance.now() - started;
    expect(renamed).toEqual({ created: 0, updated: 10_000, unchanged: 0 });
    console.info(
      `importOrgUnits, 10,000 rows: created in ${Math.round(firstMs)} ms, unchanged in ${Math.round(secondMs)} ms, renamed in ${Math.round(renamedMs)} ms`,
    );
    expect(await unitCount(big.townId)).toBe(10_001);
  });
});

describe('org unit editing', () => {
  const codeOf = async (divisionCode: string) => {
    const admin = await asCountyAdmin();
    const tree = await admin.orgUnit.tree(inChengnan());
    return tree.units.find((unit) => unit.divisionCode === divisionCode)!;
  };

  it('creates one tier below the parent, within the configured depth', async () => {
    const admin = await asCountyAdmin();
    const first = await codeOf('330102101201');
    const created = await admin.orgUnit.create({
      ...inChengnan(),
      parentId: first.id,
      name: '第三村民小组',
      divisionCode: '330102101201003',
      population: 90,
    });
    expect(created.tierLevel).toBe(4);
    expect(
      await refusalOf(
        admin.orgUnit.create({ ...inChengnan(), parentId: created.unitId, name: '楼栋' }),
      ),
    ).toMatchObject({ details: { reason: 'BEYOND_DEPTH' } });
    expect(
      await refusalOf(
        admin.orgUnit.create({
          ...inChengnan(),
          parentId: first.id,
          name: '重号小组',
          divisionCode: '330102101201003',
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'DIVISION_CODE_TAKEN' } });
    expect(
      (
        await refusalOf(
          admin.orgUnit.create({
            ...inChengnan(),
            parentId: world.a.setup.villageUnitId,
            name: '越界',
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('refuses on create a code of the wrong shape for the tier, or not under the parent', async () => {
    const admin = await asCountyAdmin();
    const first = await codeOf('330102101201');
    const before = await unitCount(chengnan.townId);
    const create = (parentId: string, divisionCode: string) =>
      refusalOf(admin.orgUnit.create({ ...inChengnan(), parentId, name: '错号', divisionCode }));
    const shape = { code: 'BAD_REQUEST', message: 'VALIDATION_FAILED' };
    expect(await create(first.id, '33010210120101')).toMatchObject({
      ...shape,
      details: { field: 'divisionCode', reason: 'DIVISION_CODE_SHAPE', digits: 15 },
    });
    // A resident unit's suffix 000, a village's code ending like its town's.
    expect(await create(first.id, '330102101201000')).toMatchObject({
      details: { reason: 'DIVISION_CODE_SHAPE' },
    });
    expect(await create(chengnan.rootUnitId, '330102101000')).toMatchObject({
      details: { reason: 'DIVISION_CODE_SHAPE', digits: 12 },
    });
    // Well-shaped, but under another village, or another town.
    expect(await create(first.id, '330102101202005')).toMatchObject({
      ...shape,
      details: {
        field: 'divisionCode',
        reason: 'PARENT_PREFIX_MISMATCH',
        divisionCode: '330102101202005',
        prefix: '330102101201',
      },
    });
    expect(await create(chengnan.rootUnitId, '330102102205')).toMatchObject({
      details: { reason: 'PARENT_PREFIX_MISMATCH', prefix: '330102101' },
    });
    expect(await unitCount(chengnan.townId)).toBe(before);
  });

  it('updates name and size, auditing the change', async () => {
    const admin = await asCountyAdmin();
    const second = await codeOf('330102101202');
    expect(
      await admin.orgUnit.update({
        ...inChengnan(),
        unitId: second.id,
        name: '二村',
        households: 700,
      }),
    ).toEqual({ changed: true });
    expect(
      await admin.orgUnit.update({ ...inChengnan(), unitId: second.id, name: '二村' }),
    ).toEqual({ changed: false });
    const [audit] = await database.owner.db.execute<{ detail: Record<string, unknown> }>(
      sql`select detail from audit_log where target_id = ${second.id} and action = 'org_unit.updated'`,
    );
    expect(audit?.detail).toMatchObject({
      changes: { name: { from: '第2村', to: '二村' }, households: { to: 700 } },
    });
  });

  it('refuses a move that leaves the code outside the new parent, and changes nothing', async () => {
    const admin = await asCountyAdmin();
    const first = await codeOf('330102101201');
    const second = await codeOf('330102101202');
    const group = await codeOf('330102101201001');
    const moves = await auditCount(chengnan.townId, 'org_unit.moved');
    const move = (divisionCode?: string) =>
      refusalOf(
        admin.orgUnit.move({
          ...inChengnan(),
          unitId: group.id,
          parentId: second.id,
          divisionCode,
        }),
      );
    expect(await move()).toMatchObject({
      code: 'BAD_REQUEST',
      details: {
        field: 'divisionCode',
        reason: 'PARENT_PREFIX_MISMATCH',
        divisionCode: '330102101201001',
        prefix: '330102101202',
      },
    });
    expect(await move('330102101201009')).toMatchObject({
      details: { reason: 'PARENT_PREFIX_MISMATCH', prefix: '330102101202' },
    });
    expect(await move('330102101202000')).toMatchObject({
      details: { reason: 'DIVISION_CODE_SHAPE' },
    });
    expect(await codeOf('330102101201001')).toMatchObject({ id: group.id, parentId: first.id });
    expect(await auditCount(chengnan.townId, 'org_unit.moved')).toBe(moves);
  });

  it('moves within the town one tier below the new parent with a new code, and refuses cycles', async () => {
    const admin = await asCountyAdmin();
    const first = await codeOf('330102101201');
    const second = await codeOf('330102101202');
    const moved = await codeOf('330102101201001');
    expect(
      await admin.orgUnit.move({
        ...inChengnan(),
        unitId: moved.id,
        parentId: second.id,
        divisionCode: '330102101202009',
      }),
    ).toEqual({ changed: true });
    const group = await codeOf('330102101202009');
    expect(group).toMatchObject({ id: moved.id, parentId: second.id });
    const [audit] = await database.owner.db.execute<{ detail: Record<string, unknown> }>(
      sql`select detail from audit_log where target_id = ${group.id} and action = 'org_unit.moved'`,
    );
    expect(audit?.detail).toMatchObject({
      toParentId: second.id,
      divisionCode: { from: '330102101201001', to: '330102101202009' },
    });

    expect(
      await refusalOf(
        admin.orgUnit.move({ ...inChengnan(), unitId: second.id, parentId: group.id }),
      ),
    ).toMatchObject({ details: { reason: 'MOVE_CYCLE' } });
    expect(
      await refusalOf(
        admin.orgUnit.move({ ...inChengnan(), unitId: first.id, parentId: first.id }),
      ),
    ).toMatchObject({ details: { reason: 'MOVE_CYCLE' } });
    expect(
      await refusalOf(
        admin.orgUnit.move({ ...inChengnan(), unitId: group.id, parentId: chengnan.rootUnitId }),
      ),
    ).toMatchObject({ details: { reason: 'TIER_MISMATCH' } });
    expect(
      await refusalOf(
        admin.orgUnit.move({ ...inChengnan(), unitId: chengnan.rootUnitId, parentId: first.id }),
      ),
    ).toMatchObject({ details: { reason: 'ROOT_UNIT' } });
    // Another town's unit is not in this town.
    expect(
      (
        await refusalOf(
          admin.orgUnit.move({
            ...inChengnan(),
            unitId: group.id,
            parentId: world.a.setup.villageUnitId,
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('edits a code under the parent, unless the children would no longer fit under it', async () => {
    const admin = await asCountyAdmin();
    const created = await admin.orgUnit.create({
      ...inChengnan(),
      parentId: chengnan.rootUnitId,
      name: '新村',
      divisionCode: '330102101230',
    });
    const edit = (unitId: string, divisionCode: string | null) =>
      admin.orgUnit.update({ ...inChengnan(), unitId, divisionCode });
    expect(await edit(created.unitId, '330102101231')).toEqual({ changed: true });
    expect((await codeOf('330102101231')).id).toBe(created.unitId);
    const [audit] = await database.owner.db.execute<{ detail: Record<string, unknown> }>(
      sql`select detail from audit_log where target_id = ${created.unitId} and action = 'org_unit.updated'`,
    );
    expect(audit?.detail).toMatchObject({
      changes: { divisionCode: { from: '330102101230', to: '330102101231' } },
    });
    expect(await refusalOf(edit(created.unitId, '330102101201'))).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'DIVISION_CODE_TAKEN' },
    });
    expect(await refusalOf(edit(created.unitId, '3301021012310'))).toMatchObject({
      details: { field: 'divisionCode', reason: 'DIVISION_CODE_SHAPE' },
    });
    expect(await refusalOf(edit(created.unitId, '330102102231'))).toMatchObject({
      details: { reason: 'PARENT_PREFIX_MISMATCH', prefix: '330102101' },
    });
    expect(await edit(created.unitId, null)).toEqual({ changed: true });
    expect(await edit(created.unitId, '330102101231')).toEqual({ changed: true });

    // 第2村 has its own group and the one moved in with the code 330102101202009.
    const second = await codeOf('330102101202');
    expect(await refusalOf(edit(second.id, '330102101212'))).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'CHILD_CODES_MISMATCH', count: 2 },
    });
    expect((await codeOf('330102101202')).id).toBe(second.id);
    const group = await codeOf('330102101202009');
    expect(await edit(group.id, '330102101202008')).toEqual({ changed: true });
    expect(await refusalOf(edit(group.id, '330102101201009'))).toMatchObject({
      details: { reason: 'PARENT_PREFIX_MISMATCH', prefix: '330102101202' },
    });
    expect(await refusalOf(edit(chengnan.rootUnitId, '330102109000'))).toMatchObject({
      details: { field: 'divisionCode', reason: 'ROOT_UNIT' },
    });
  });

  it('refuses on update a code another town holds, though the caller cannot see it', async () => {
    // The world's town has no code, so only the county-wide unique index stands in the way.
    const townAdmin = await world.caller(world.a.townAdmin);
    const inTown = { tenantSlug: world.a.town.slug };
    const stray = await townAdmin.orgUnit.create({
      ...inTown,
      parentId: world.a.setup.townRootUnitId,
      name: '无号村',
    });
    expect(
      await refusalOf(
        townAdmin.orgUnit.update({ ...inTown, unitId: stray.unitId, divisionCode: '330102101201' }),
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'DIVISION_CODE_TAKEN' } });
  });

  it('retires leaves first, keeps the rows, and restores only under an active parent', async () => {
    const admin = await asCountyAdmin();
    const third = await codeOf('330102101203');
    const group = await codeOf('330102101203001');
    expect(
      await refusalOf(admin.orgUnit.retire({ ...inChengnan(), unitId: third.id })),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'HAS_ACTIVE_CHILDREN' } });
    await admin.orgUnit.retire({ ...inChengnan(), unitId: group.id });
    await admin.orgUnit.retire({ ...inChengnan(), unitId: third.id });
    const tree = await admin.orgUnit.tree(inChengnan());
    expect(tree.units.find((unit) => unit.id === third.id)).toMatchObject({
      retired: true,
      childCount: 0,
    });
    expect(
      await refusalOf(admin.orgUnit.restore({ ...inChengnan(), unitId: group.id })),
    ).toMatchObject({ details: { reason: 'PARENT_RETIRED' } });
    expect(
      await refusalOf(admin.orgUnit.create({ ...inChengnan(), parentId: third.id, name: '新组' })),
    ).toMatchObject({ details: { reason: 'PARENT_RETIRED' } });
    await admin.orgUnit.restore({ ...inChengnan(), unitId: third.id });
    await admin.orgUnit.restore({ ...inChengnan(), unitId: group.id });
    expect((await codeOf('330102101203001')).retired).toBe(false);
  });

  it('gives a county its root and each town root with the size of its tree', async () => {
    const admin = await asCountyAdmin();
    const tree = await admin.orgUnit.tree({ tenantSlug: world.a.county.slug });
    const countyRoot = tree.units.find((unit) => unit.tierLevel === 1)!;
    expect(countyRoot.id).toBe(world.a.setup.countyRootUnitId);
    const roots = tree.units.filter((unit) => unit.tierLevel === 2);
    expect(roots.map((unit) => unit.name).sort()).toEqual(['alpha镇', '城南镇', '大坪镇'].sort());
    const ofChengnan = roots.find((unit) => unit.townId === chengnan.townId)!;
    const chengnanTree = await admin.orgUnit.tree(inChengnan());
    expect(ofChengnan.descendantCount).toBe(
      chengnanTree.units.find((unit) => unit.tierLevel === 2)?.descendantCount,
    );
    expect(countyRoot.childCount).toBe(3);
    // The world's town admin sees its own town only.
    const townAdmin = await world.caller(world.a.townAdmin);
    const own = await townAdmin.orgUnit.tree({ tenantSlug: world.a.town.slug });
    expect(new Set(own.units.map((unit) => unit.townId))).toEqual(new Set([world.a.town.id]));
    expect(
      (
        await refusalOf(
          townAdmin.orgUnit.importRows({ tenantSlug: world.a.county.slug, rows: [village(1)] }),
        )
      ).code,
    ).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
  });
});
