// The demo county's caseload: a few hundred cases spread over every status, category, source and
// village, each taken through the SAME use cases the app calls (register → route/accept → assign
// → sessions → agreement → confirmation → close → follow-up), each step at its own moment so
// timelines, deadlines and overdue flags look like real work: finished matters over the past
// year, open ones recent, most within their deadlines and none dated after the seeding moment.
import { normalizeLogin } from '@concord/auth/user/normalize-login';
import type { Database, Transaction } from '@concord/db/client';
import {
  disputeCategory,
  mediationRoom,
  orgUnit,
  type Role,
  tenant,
  user,
} from '@concord/db/schema';
import { systemScope, withScope } from '@concord/db/scope';
import type { CaseStatus } from '@concord/domain/case/state-machine';
import { and, asc, eq, gte, or } from 'drizzle-orm';
import { loadWorkingDayCalendar } from '../routers/calendar/load-working-day-calendar.ts';
import {
  carryOut,
  type DemoSetup,
  type DemoTownSetup,
  type SeedDemoCasesOptions,
} from './carry-out-demo-case.ts';
import { scheduleDemoCase } from './demo-case-timeline.ts';
import { demoAccounts, demoCounty } from './demo-county.ts';
import { planDemoCases } from './plan-demo-cases.ts';

export type { SeedDemoCasesOptions };

async function loadSetup(tx: Transaction, options: SeedDemoCasesOptions): Promise<DemoSetup> {
  const byRole = (tenantId: string, ...roles: Role[]) =>
    roles
      .map((role) => options.accounts.find((a) => a.tenantId === tenantId && a.role === role))
      .find((account) => account !== undefined)?.userId;
  const supervisorUserId = byRole(options.countyId, 'county_admin');
  if (!supervisorUserId) throw new Error('the demo cases need a county administrator account');
  const [county] = await tx.select().from(tenant).where(eq(tenant.id, options.countyId));
  if (!county) throw new Error('the demo county is missing');
  const towns: DemoTownSetup[] = [];
  for (const town of options.towns) {
    const [row] = await tx.select().from(tenant).where(eq(tenant.id, town.id));
    if (!row) throw new Error(`demo town ${town.slug} is missing`);
    const units = await tx
      .select({
        id: orgUnit.id,
        name: orgUnit.name,
        parentId: orgUnit.parentId,
        tier: orgUnit.tierLevel,
      })
      .from(orgUnit)
      .where(and(eq(orgUnit.tenantId, town.id), gte(orgUnit.tierLevel, 3)))
      .orderBy(asc(orgUnit.divisionCode));
    const villages = new Map(
      units.filter((unit) => unit.tier === 3).map((unit) => [unit.id, unit.name]),
    );
    const rooms = await tx
      .select({ id: mediationRoom.id })
      .from(mediationRoom)
      .where(and(eq(mediationRoom.tenantId, town.id), eq(mediationRoom.active, true)));
    towns.push({
      tenant: row,
      places: units.map((unit) => ({
        id: unit.id,
        village: villages.get(unit.id) ?? villages.get(unit.parentId ?? '') ?? unit.name,
      })),
      roomIds: rooms.map((room) => room.id),
      intakeUserId: byRole(town.id, 'intake_officer', 'town_admin') ?? supervisorUserId,
      handlerUserId: byRole(town.id, 'mediator', 'town_admin') ?? supervisorUserId,
      leadOfficial: `${row.name}政法委员`,
      responsibleDepartment: '司法所',
    });
    if (units.length === 0) throw new Error(`demo town ${town.slug} has no villages`);
  }
  const categories = await tx
    .select({
      id: disputeCategory.id,
      code: disputeCategory.nationalCode,
      defaultTierLevel: disputeCategory.defaultTierLevel,
    })
    .from(disputeCategory)
    .where(
      and(
        eq(disputeCategory.countyId, options.countyId),
        eq(disputeCategory.origin, 'national'),
        eq(disputeCategory.tenantId, options.countyId),
      ),
    );
  return {
    // The county centre's only case worker among the demo accounts is its administrator.
    county: {
      tenant: county,
      intakeUserId: supervisorUserId,
      handlerUserId: supervisorUserId,
      leadOfficial: '县委政法委副书记',
      responsibleDepartment: '县矛盾纠纷调处化解中心',
    },
    towns,
    categories: new Map(categories.map((row) => [row.code, row])),
    supervisorUserId,
  };
}

export async function seedDemoCases(
  db: Database,
  options: SeedDemoCasesOptions,
): Promise<{ cases: number; byStatus: Partial<Record<CaseStatus, number>> }> {
  const scope = systemScope([options.countyId, ...options.towns.map((town) => town.id)]);
  const setup = await withScope(db, scope, (tx) => loadSetup(tx, options));
  const plans = planDemoCases({
    count: options.count ?? 300,
    seed: options.seed ?? 20_260_101,
    // Bigger towns first: the first town gets the most cases.
    townWeights: setup.towns.map((_, index) => setup.towns.length + 1 - index),
    placeName: (townIndex, placeIndex) => {
      const places = setup.towns[townIndex]!.places;
      return places[placeIndex % places.length]!.village;
    },
  });
  const calendar = await withScope(db, scope, (tx) => loadWorkingDayCalendar(tx, options.countyId));
  const timed = plans.map((plan) => {
    const defaultTier = setup.categories.get(plan.story.category)?.defaultTierLevel;
    // A village tries first only where the category is not handled at the county.
    const villageFirst = plan.escalated && defaultTier !== 1;
    const { steps } = scheduleDemoCase(plan, { now: options.now, calendar, villageFirst });
    return { plan, steps };
  });
  // In order of registration, so case numbers follow the dates as at a real window.
  timed.sort((a, b) => (a.steps[0]?.at.getTime() ?? 0) - (b.steps[0]?.at.getTime() ?? 0));
  const byStatus: Partial<Record<CaseStatus, number>> = {};
  for (const { plan, steps } of timed) {
    const status = await withScope(db, scope, (tx) => carryOut(tx, plan, steps, setup, options));
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  }
  return { cases: plans.length, byStatus };
}

/**
 * The demo county's tenants and its demo accounts with their user ids, as `seedDemoCases` takes
 * them: for wiring into seedDemo right after the county and accounts exist.
 */
export async function demoCaseParticipants(
  ownerDb: Database,
): Promise<Pick<SeedDemoCasesOptions, 'countyId' | 'towns' | 'accounts'>> {
  const [county] = await ownerDb.select().from(tenant).where(eq(tenant.slug, demoCounty.slug));
  if (!county) throw new Error(`the demo county ${demoCounty.slug} is not seeded`);
  const towns = await ownerDb
    .select({ id: tenant.id, slug: tenant.slug })
    .from(tenant)
    .where(eq(tenant.parentId, county.id))
    .orderBy(asc(tenant.divisionCode));
  const tenantIds = new Map([
    [demoCounty.slug, county.id],
    ...towns.map((town) => [town.slug, town.id] as const),
  ]);
  const accounts: { userId: string; role: Role; tenantId: string }[] = [];
  for (const account of demoAccounts) {
    const login = normalizeLogin(account.login);
    const tenantId = tenantIds.get(account.tenantSlug);
    if (!login || !tenantId) continue;
    const [found] = await ownerDb
      .select({ id: user.id })
      .from(user)
      .where(or(eq(user.email, login.value), eq(user.phone, login.value)));
    if (found) accounts.push({ userId: found.id, role: account.role, tenantId });
  }
  return { countyId: county.id, towns, accounts };
}
