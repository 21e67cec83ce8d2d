// The demo caseload through the real use cases: every status reached, numbers and timelines
// without gaps, documents stored and intact, and the variety a person trying it expects: third
// parties, representatives, missed follow-up visits, matters the county centre took in.
import { createHash } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { caseStatuses } from '@concord/domain/case/state-machine';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPiiKeys, testStorage } from '../testing/world.ts';
import { demoCaseParticipants, seedDemoCases } from './seed-cases.ts';
import { seedDemo } from './seed-demo.ts';

let database: TestDatabase;
let result: Awaited<ReturnType<typeof seedDemoCases>>;
let countyId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const owner = database.owner.db;
  await seedDemo(owner);
  const participants = await demoCaseParticipants(owner);
  countyId = participants.countyId;
  result = await seedDemoCases(owner, {
    ...participants,
    now: new Date('2026-11-25T18:00:00+08:00'),
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
