// The demo caseload through the real use cases: every status reached, numbers and timelines
// without gaps, documents stored and intact, and the variety a person trying it expects: third
// parties, representatives, missed follow-up visits, matters the county centre took in. Nothing
// happens after the seeding moment, and the dashboard's deadline figures look like a centre at
// work: most open cases within their deadlines, some due soon, a few overdue.
import { createHash } from 'node:crypto';
import { createSession } from '@concord/auth/session/create-session';
import { validateSessionToken } from '@concord/auth/session/validate-session-token';
import { user } from '@concord/db/schema';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { caseStatuses, openCaseStatuses } from '@concord/domain/case/state-machine';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../root.ts';
import { authConfig, testPiiKeys, testStorage } from '../testing/world.ts';
import { demoCounty } from './demo-county.ts';
import { demoCaseParticipants, seedDemoCases } from './seed-cases.ts';
import { seedDemo } from './seed-demo.ts';

let database: TestDatabase;
let result: Awaited<ReturnType<typeof seedDemoCases>>;
let participants: Awaited<ReturnType<typeof demoCaseParticipants>>;
let countyId: string;
// A Wednesday at 12:40: cases registered today must have been registered this morning.
const seededAt = new Date('2026-11-25T12:40:00+08:00');

beforeAll(async () => {
  database = await createTestDatabase();
  const owner = database.owner.db;
  await seedDemo(owner);
  participants = await demoCaseParticipants(owner);
  countyId = participants.countyId;
  result = await seedDemoCases(owner, {
    ...participants,
    now: seededAt,
    pii: testPiiKeys,
    storage: testStorage,
    count: 80,
  });
}, 180_000);
afterAll(() => database.drop());

const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  database.owner.db.execute<T>(query);

describe('seedDemoCases', () => {
  it('reaches every status of the closed loop', () => {
    expect(Object.keys(result.byStatus).sort()).toEqual([...caseStatuses].sort());
    expect(Object.values(result.byStatus).reduce((sum, n) => sum + (n ?? 0), 0)).toBe(80);
  });

  it('spreads the cases over towns, categories, sources and villages', async () => {
    const [spread] = await rows<{
      towns: number;
      categories: number;
      sources: number;
      places: number;
    }>(
      sql`select count(distinct tenant_id)::int as towns, count(distinct category_id)::int as categories,
          count(distinct source)::int as sources, count(distinct org_unit_id)::int as places
          from mediation_case where county_id = ${countyId}`,
    );
    expect(spread!.towns).toBe(3);
    expect(spread!.categories).toBeGreaterThanOrEqual(12);
    expect(spread!.sources).toBeGreaterThanOrEqual(8);
    expect(spread!.places).toBeGreaterThanOrEqual(30);
  });

  it('numbers cases without gaps and keeps every timeline gapless', async () => {
    const gaps = await rows<{ tenant_id: string; n: number; top: number }>(
      sql`select tenant_id, case_year, count(*)::int as n, max(case_sequence)::int as top
          from mediation_case where county_id = ${countyId} group by tenant_id, case_year`,
    );
    for (const gap of gaps) expect(gap.n).toBe(gap.top);
    const [timelines] = await rows<{ bad: number }>(
      sql`select count(*)::int as bad from (
            select e.case_id from case_event e where e.county_id = ${countyId}
            group by e.case_id having count(*) <> max(e.seq)) t`,
    );
    expect(timelines!.bad).toBe(0);
    const [versions] = await rows<{ bad: number }>(
      sql`select count(*)::int as bad from mediation_case c where c.county_id = ${countyId}
          and c.version <> (select count(*) from case_event e where e.case_id = c.id
            and e.kind not in ('registered', 'pii_revealed'))
            + 1`,
    );
    expect(versions!.bad).toBe(0);
  });

  it('brings in third parties and representatives of a party of the same case', async () => {
    const [parties] = await rows<{ third: number; represented: number; stray: number }>(
      sql`select count(*) filter (where p.role = 'third_party')::int as third,
          count(*) filter (where p.role = 'representative' and r.role in ('applicant', 'respondent')
            and p.relation like '%代理人%')::int as represented,
          count(*) filter (where p.role = 'representative' and r.id is null)::int as stray
          from case_party p left join case_party r on r.county_id = p.county_id
            and r.id = p.represents_party_id and r.case_id = p.case_id
          where p.county_id = ${countyId}`,
    );
    expect(parties!.third).toBeGreaterThan(0);
    expect(parties!.represented).toBeGreaterThan(0);
    expect(parties!.stray).toBe(0);
  });

  it('records visits that could not be carried out, some followed by one that closed the loop', async () => {
    const missed = await rows<{ status: string; reason: string | null; visited: boolean }>(
      sql`select c.status, min(f.not_carried_out_reason) as reason, bool_or(f.carried_out) as visited
          from follow_up f join mediation_case c on c.county_id = f.county_id and c.id = f.case_id
          where f.county_id = ${countyId} group by c.id, c.status having bool_or(not f.carried_out)`,
    );
    for (const visit of missed) expect(visit.reason).not.toBeNull();
    const outcomes = new Set(missed.map((visit) => `${visit.status}:${visit.visited}`));
    // Closed awaiting a new visit, and visited later, which completes the loop.
    expect(outcomes).toEqual(new Set(['closed:false', 'follow_up_done:true']));
  });

  it('gives the towns the matters the county centre took in there, led at tier 1', async () => {
    const taken = await rows<{ tenant_id: string; tier_level: number; reason: string | null }>(
      sql`select c.tenant_id, c.tier_level, routed.reason from mediation_case c
          join case_event registered on registered.county_id = c.county_id
            and registered.case_id = c.id and registered.kind = 'registered'
          left join case_event routed on routed.county_id = c.county_id
            and routed.case_id = c.id and routed.kind = 'route'
          where c.county_id = ${countyId}
            and registered.detail->>'intakeTenantId' = ${countyId}::text`,
    );
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.some((entry) => entry.reason)).toBe(true);
    for (const entry of taken) {
      expect(entry.tenant_id).not.toBe(countyId);
      expect(entry.tier_level).toBe(1);
    }
  });

  it('dates nothing after the seeding moment, and today nothing before the office opens', async () => {
    const [dated] = await rows<{
      events: number;
      early: number;
      registered: number;
      signed: number;
      visited: number;
    }>(
      sql`select
          (select count(*)::int from case_event where county_id = ${countyId}
            and at > ${seededAt.toISOString()}::timestamptz) as events,
          (select count(*)::int from case_event where county_id = ${countyId}
            and (at at time zone 'Asia/Shanghai')::date = '2026-11-25'
            and (at at time zone 'Asia/Shanghai')::time < '08:30') as early,
          (select count(*)::int from mediation_case where county_id = ${countyId}
            and registered_at > ${seededAt.toISOString()}::timestamptz) as registered,
          (select count(*)::int from agreement where county_id = ${countyId}
            and signed_on > '2026-11-25') as signed,
          (select count(*)::int from follow_up where county_id = ${countyId}
            and visited_on > '2026-11-25') as visited`,
    );
    expect(dated).toEqual({ events: 0, early: 0, registered: 0, signed: 0, visited: 0 });
    const [today] = await rows<{ n: number }>(
      sql`select count(*)::int as n from case_event where county_id = ${countyId}
          and (at at time zone 'Asia/Shanghai')::date = '2026-11-25'`,
    );
    // Work was done this morning: the check above is not vacuous.
    expect(today!.n).toBeGreaterThan(0);
  });

  it('numbers each centre’s cases in the order they were registered', async () => {
    const [outOfOrder] = await rows<{ n: number }>(
      sql`select count(*)::int as n from (
            select registered_at, lag(registered_at) over (
              partition by tenant_id, case_year order by case_sequence) as before
            from mediation_case where county_id = ${countyId}) t
          where registered_at < before`,
    );
    expect(outOfOrder!.n).toBe(0);
  });

  it('keeps most open cases within their deadlines on the dashboard, some due soon, a few overdue', async () => {
    // The county administrator's dashboard on the seeding day, through the API.
    const admin = participants.accounts.find(
      (account) => account.role === 'county_admin' && account.tenantId === countyId,
    );
    if (!admin) throw new Error('the demo has no county administrator');
    await database.owner.db
      .update(user)
      .set({ totpEnabledAt: new Date() })
      .where(eq(user.id, admin.userId));
    const { token } = await createSession(database.app.db, {
      userId: admin.userId,
      twoFactorVerified: true,
      userAgent: 'vitest',
      ip: '127.0.0.1',
      now: new Date(),
    });
    const auth = await validateSessionToken(database.app.db, token, {
      now: new Date(),
      config: authConfig.session,
    });
    const caller = createCaller({
      db: database.app.db,
      auth,
      request: { ip: '127.0.0.1', userAgent: 'vitest' },
      authConfig,
      now: () => seededAt,
      pii: testPiiKeys,
      storage: testStorage,
    });
    const tenantSlug = demoCounty.slug;
    const counts = await caller.case.deadlineCounts({ tenantSlug });
    const open = await caller.case.list({
      tenantSlug,
      statuses: [...openCaseStatuses],
      pageSize: 1,
    });
    const overdue = await caller.case.list({ tenantSlug, overdueOnly: true, pageSize: 1 });
    expect(overdue.total).toBe(counts.overdue);
    expect(counts.overdue).toBeGreaterThan(0);
    expect(counts.dueSoon).toBeGreaterThan(0);
    expect(counts.overdue / open.total).toBeLessThan(0.3);
    expect(counts.dueSoon / open.total).toBeLessThan(0.3);
  });

  it('stores the rendered documents intact', async () => {
    const documents = await rows<{ key: string; sha: string }>(
      sql`select document_key as key, document_sha256 as sha from agreement
          where county_id = ${countyId} and document_key is not null
          union all
          select letter_key, letter_sha256 from judicial_confirmation where county_id = ${countyId}`,
    );
    expect(documents.length).toBeGreaterThan(3);
    for (const document of documents.slice(0, 5)) {
      const bytes = await testStorage.get(document.key);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha);
    }
  });
});
