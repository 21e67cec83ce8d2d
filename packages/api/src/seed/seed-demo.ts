// Seeds the demo county on an empty database. One place that grows: later features add their
// demo data here, through the same use cases the app calls.

import { createUser } from '@concord/auth/user/create-user';
import { normalizeLogin } from '@concord/auth/user/normalize-login';
import type { Database, Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { membership, orgUnit, tenant } from '@concord/db/schema';
import { systemScope, withScope } from '@concord/db/scope';
import { sql } from 'drizzle-orm';
import {
  DEMO_PASSWORD,
  type DemoAccount,
  demoAccounts,
  demoCounty,
  demoTowns,
  residentUnitName,
} from './demo-county.ts';

export interface SeedResult {
  seeded: boolean;
  countySlug: string;
  accounts: DemoAccount[];
  password: string;
}

async function databaseIsEmpty(ownerDb: Database): Promise<boolean> {
  const rows = await ownerDb.execute<{ n: number }>(sql`select count(*)::int as n from tenant`);
  return rows[0]?.n === 0;
}

export async function seedDemo(ownerDb: Database): Promise<SeedResult> {
  const result = { countySlug: demoCounty.slug, accounts: demoAccounts, password: DEMO_PASSWORD };
  if (!(await databaseIsEmpty(ownerDb))) return { seeded: false, ...result };
  const countyId = newId();
  const towns = demoTowns.map((town) => ({ ...town, id: newId() }));
  const scope = systemScope([countyId, ...towns.map((town) => town.id)]);
  await withScope(ownerDb, scope, async (tx) => {
    await tx.insert(tenant).values({
      id: countyId,
      countyId,
      kind: 'county',
      slug: demoCounty.slug,
      name: demoCounty.name,
      divisionCode: demoCounty.code,
      requireTwoFactor: false,
    });
    await tx.insert(tenant).values(
      towns.map((town) => ({
        id: town.id,
        countyId,
        parentId: countyId,
        kind: 'town' as const,
        slug: town.slug,
        name: town.name,
        divisionCode: town.code,
      })),
    );
    const countyUnitId = newId();
    await tx.insert(orgUnit).values({
      countyId,
      tenantId: countyId,
      id: countyUnitId,
      tierLevel: 1,
      name: demoCounty.name,
      divisionCode: demoCounty.code,
    });
    for (const town of towns) {
      const townUnitId = newId();
      const rows: (typeof orgUnit.$inferInsert)[] = [
        {
          countyId,
          tenantId: town.id,
          id: townUnitId,
          parentId: countyUnitId,
          tierLevel: 2,
          name: town.name,
          divisionCode: town.code,
        },
      ];
      for (const village of town.villages) {
        const villageId = newId();
        rows.push({
          countyId,
          tenantId: town.id,
          id: villageId,
          parentId: townUnitId,
          tierLevel: 3,
          name: village.name,
          divisionCode: village.code,
          population: village.population,
          households: village.households,
        });
        for (let index = 0; index < village.units; index++) {
          rows.push({
            countyId,
            tenantId: town.id,
            id: newId(),
            parentId: villageId,
            tierLevel: 4,
            name: residentUnitName(village.code, index),
            divisionCode: `${village.code}${String(index + 1).padStart(3, '0')}`,
          });
        }
      }
      await tx.insert(orgUnit).values(rows);
    }
    const tenantIds = new Map([
      [demoCounty.slug, countyId],
      ...towns.map((town) => [town.slug, town.id] as const),
    ]);
    await seedAccounts(tx, { countyId, tenantIds });
  });
  return { seeded: true, ...result };
}

async function seedAccounts(
  tx: Transaction,
  options: { countyId: string; tenantIds: Map<string, string> },
) {
  const now = new Date();
  for (const account of demoAccounts) {
    const login = normalizeLogin(account.login);
    const tenantId = options.tenantIds.get(account.tenantSlug);
    if (!login || !tenantId) throw new Error(`demo account ${account.login} is malformed`);
    const { id: userId } = await createUser(tx, {
      login,
      displayName: account.displayName,
      password: DEMO_PASSWORD,
      now,
    });
    await tx
      .insert(membership)
      .values({ countyId: options.countyId, tenantId, id: newId(), userId, role: account.role });
  }
}
