import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTowns } from './demo-county.ts';
import { defaultNumbering } from './seed-configuration.ts';
import { seedDemo } from './seed-demo.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('the demo seed', () => {
  it('configures the demo county and imports its units through the app’s own use cases', async () => {
    expect((await seedDemo(database.owner.db)).seeded).toBe(true);
    const owner = database.owner.db;
    const [counts] = await owner.execute<{
      categories: number;
      committees: number;
      settings: number;
    }>(sql`select
      (select count(*)::int from dispute_category) as categories,
      (select count(*)::int from industry_committee) as committees,
      (select count(*)::int from tenant_setting) as settings`);
    // Five county keys, and each town's own numbering.
    expect(counts).toEqual({ categories: 15, committees: 7, settings: 5 + demoTowns.length });
    const tiers = await owner.execute<{ tier_level: number; n: number }>(
      sql`select tier_level, count(*)::int as n from org_unit group by tier_level order by tier_level`,
    );
    const villages = demoTowns.flatMap((town) => town.villages);
    expect(tiers).toEqual([
      { tier_level: 1, n: 1 },
      { tier_level: 2, n: demoTowns.length },
      { tier_level: 3, n: villages.length },
      { tier_level: 4, n: villages.reduce((sum, village) => sum + village.units, 0) },
    ]);
    const prefixes = await owner.execute<{ name: string; prefix: string }>(sql`select t.name,
      s.value->>'casePrefix' as prefix from tenant_setting s join tenant t on t.id = s.tenant_id
      where s.key = 'numbering' order by t.division_code`);
    expect(prefixes.map((row) => `${row.name}:${row.prefix}`)).toEqual([
      '清溪县:清溪调',
      '城关镇:城关调',
      '桥头镇:桥头调',
      '石门乡:石门调',
    ]);
    const imported = await owner.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'org_unit.imported'`,
    );
    expect(imported[0]?.n).toBe(demoTowns.length);
    expect((await seedDemo(owner)).seeded).toBe(false);
  });

  it('derives number prefixes from names', () => {
    expect(defaultNumbering('城北街道', 'town')).toEqual({
      casePrefix: '城北调',
      agreementPrefix: '城北调协',
    });
    expect(defaultNumbering('云阳县', 'county').casePrefix).toBe('云阳调');
    expect(defaultNumbering('镇', 'town').casePrefix).toBe('镇调');
    expect(defaultNumbering('第1镇', 'town').casePrefix).toBe('第调');
  });
});
