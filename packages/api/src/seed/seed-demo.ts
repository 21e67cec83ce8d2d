// Seeds the demo county on an empty database. One place that grows: later features add their
// demo data here, through the same use cases the app calls.

import { createUser } from '@concord/auth/user/create-user';
import { normalizeLogin } from '@concord/auth/user/normalize-login';
import type { Database, Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { membership, tenant } from '@concord/db/schema';
import { systemScope, withScope } from '@concord/db/scope';
import { eq, sql } from 'drizzle-orm';
import { importOrgUnits, type OrgUnitImportRow } from '../routers/org-unit/import-org-units.ts';
import {
  DEMO_PASSWORD,
  type DemoAccount,
  type DemoTown,
  demoAccounts,
  demoCounty,
  demoTowns,
  residentUnitName,
} from './demo-county.ts';
import { demoCaseParticipants, type SeedDemoCasesOptions, seedDemoCases } from './seed-cases.ts';
import { applyDefaultConfiguration, applyTownDefaults } from './seed-configuration.ts';

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

export interface DemoCaseOptions {
  /** How many demo cases; 0 for none (tests that need only the county). */
  count: number;
  pii: SeedDemoCasesOptions['pii'];
  storage: SeedDemoCasesOptions['storage'];
}

/** Seeds the demo county, its configuration, units and accounts, and optionally its caseload. */
export async function seedDemo(
  ownerDb: Database,
  options: { cases?: DemoCaseOptions } = {},
): Promise<SeedResult> {
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
    // Configuration and org units through the same use cases as sign-up, town creation and the
    // spreadsheet import.
    await applyDefaultConfiguration(tx, { countyId, actorUserId: null });
    for (const town of towns) {
      await applyTownDefaults(tx, { townId: town.id, actorUserId: null });
      const [townTenant] = await tx.select().from(tenant).where(eq(tenant.id, town.id));
      if (!townTenant) throw new Error(`demo town ${town.slug} is missing`);
      await importOrgUnits(tx, { tenant: townTenant, rows: demoUnitRows(town), actorUserId: null });
    }
    const tenantIds = new Map([
      [demoCounty.slug, countyId],
      ...towns.map((town) => [town.slug, town.id] as const),
    ]);
    await seedAccounts(tx, { countyId, tenantIds });
  });
  const { cases } = options;
  if (cases && cases.count > 0) {
    const participants = await demoCaseParticipants(ownerDb);
    await seedDemoCases(ownerDb, { ...participants, ...cases, now: new Date() });
  }
  return { seeded: true, ...result };
}

/** A demo town's villages and resident units as an import would give them. */
function demoUnitRows(town: DemoTown): OrgUnitImportRow[] {
  return town.villages.flatMap((village) => [
    {
      divisionCode: village.code,
      name: village.name,
      parentCode: town.code,
      tierLevel: 3,
      population: village.population,
      households: village.households,
    },
    ...Array.from({ length: village.units }, (_, index) => ({
      divisionCode: `${village.code}${String(index + 1).padStart(3, '0')}`,
      name: residentUnitName(village.code, index),
      parentCode: village.code,
      tierLevel: 4,
    })),
  ]);
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
