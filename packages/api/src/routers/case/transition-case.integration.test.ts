// The one state machine under concurrency: optimistic locking lets exactly one writer per version
// through, a stale or refused change leaves the case byte for byte as it was, and versions and
// timeline numbers run without gaps.
import { createDatabase } from '@concord/db/client';
import { tenant } from '@concord/db/schema';
import { withScope } from '@concord/db/scope';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerWith, intakeForm } from '../../testing/case-fixture.ts';
import { createWorld, testPiiKeys, type World } from '../../testing/world.ts';
import { registerCase, ZRegisterCaseInput } from './register-case.ts';

let database: TestDatabase;
let world: World;
let pool: ReturnType<typeof createDatabase>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
  // Enough connections for every concurrent caller to hold its own transaction.
  pool = createDatabase(database.appUrl, { max: 25 });
});
afterAll(async () => {
  await pool.close();
  await database.drop();
});

/** Everything about one case, hashed through the owner connection. */
async function snapshot(caseId: string): Promise<string> {
  const [row] = await database.owner.db.execute<{ h: string }>(sql`select md5(
      (select c::text from mediation_case c where c.id = ${caseId}) ||
      coalesce((select string_agg(e::text, '|' order by e.seq) from case_event e where e.case_id = ${caseId}), '')
    ) as h`);
  return row?.h ?? '';
}

async function newCase(n: number) {
  const caller = await world.caller(world.a.townAdmin);
  return caller.case.register(intakeForm(world.a, n));
}

type Caller = Awaited<ReturnType<typeof callerWith>>;

/** Supervises with the version just read; on STALE_VERSION reads again and retries. */
async function superviseUntilApplied(caller: Caller, caseId: string, note: string) {
  const tenantSlug = world.a.town.slug;
  for (let attempt = 1; ; attempt++) {
    const { case: current } = await caller.case.get({ tenantSlug, caseId });
    try {
      const result = await caller.case.supervise({
        tenantSlug,
        caseId,
        expectedVersion: current.version,
        note,
      });
      return { version: result.version, attempts: attempt };
    } catch (error) {
      if (!(error instanceof TRPCError && error.message === 'STALE_VERSION')) throw error;
    }
  }
}

describe('transitionCase', () => {
  it('lets exactly one of 20 concurrent changes of one version through', async () => {
    const { caseId } = await newCase(1);
    const callers = await Promise.all(
      Array.from({ length: 20 }, () => callerWith(world, world.a.townAdmin, { db: pool.db })),
    );
    const outcomes = await Promise.allSettled(
      callers.map((caller, index) =>
        caller.case.supervise({
          tenantSlug: world.a.town.slug,
          caseId,
          expectedVersion: 1,
          note: `督办第${index + 1}次`,
        }),
      ),
    );
    const fulfilled = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const rejected = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason as TRPCError] : [],
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(19);
    for (const error of rejected) {
      expect(error).toBeInstanceOf(TRPCError);
      expect([error.code, error.message]).toEqual(['CONFLICT', 'STALE_VERSION']);
    }
    const [row] = await database.owner.db.execute<{ version: number; events: number }>(
      sql`select version, (select count(*)::int from case_event e where e.case_id = c.id) as events
          from mediation_case c where id = ${caseId}`,
    );
    expect(row).toEqual({ version: 2, events: 2 });
  });

  it('loses nothing when each writer names the version it read: a chain without gaps', async () => {
    const { caseId } = await newCase(2);
    const caller = await world.caller(world.a.townAdmin);
    let version = 1;
    for (let round = 0; round < 12; round++) {
      const result = await caller.case.supervise({
        tenantSlug: world.a.town.slug,
        caseId,
        expectedVersion: version,
        note: `第${round + 1}次督办`,
      });
      expect(result.version).toBe(version + 1);
      version = result.version;
    }
    const timeline = await caller.case.timeline({ tenantSlug: world.a.town.slug, caseId });
    expect(timeline.map((event) => event.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    // Every change is there, in the order made, each moving the version by exactly one.
    expect(
      timeline
        .filter((event) => event.kind === 'supervise')
        .map((event) => (event.detail as { note: string }).note),
    ).toEqual(Array.from({ length: 12 }, (_, round) => `第${round + 1}次督办`));
    expect(version).toBe(13);
  });

  it('applies every one of 20 concurrent writers that reload and retry: one per version', async () => {
    const { caseId } = await newCase(6);
    const callers = await Promise.all(
      Array.from({ length: 20 }, () => callerWith(world, world.a.townAdmin, { db: pool.db })),
    );
    const notes = callers.map((_, index) => `第${index + 1}位领导督办`);
    const applied = await Promise.all(
      callers.map((caller, index) => superviseUntilApplied(caller, caseId, notes[index]!)),
    );
    // Each version from 2 to 21 was won by exactly one writer; the others had to retry.
    expect(applied.map((result) => result.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 2),
    );
    expect(applied.some((result) => result.attempts > 1)).toBe(true);
    const caller = await world.caller(world.a.townAdmin);
    const timeline = await caller.case.timeline({ tenantSlug: world.a.town.slug, caseId });
    expect(timeline.map((event) => event.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    const supervised = timeline.filter((event) => event.kind === 'supervise');
    expect(supervised.map((event) => (event.detail as { note: string }).note).sort()).toEqual(
      [...notes].sort(),
    );
    const [row] = await database.owner.db.execute<{ version: number }>(
      sql`select version from mediation_case where id = ${caseId}`,
    );
    expect(row?.version).toBe(21);
  });

  it('refuses a stale version and changes nothing', async () => {
    const { caseId } = await newCase(3);
    const caller = await world.caller(world.a.townAdmin);
    await caller.case.route({ tenantSlug: world.a.town.slug, caseId, expectedVersion: 1 });
    const before = await snapshot(caseId);
    const error = await caller.case
      .divert({
        tenantSlug: world.a.town.slug,
        caseId,
        expectedVersion: 1,
        divertedTo: 'police',
        reason: '涉嫌故意伤害，移送派出所',
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).message).toBe('STALE_VERSION');
    expect((error as TRPCError).cause).toMatchObject({
      details: { expectedVersion: 1, currentVersion: 2 },
    });
    expect(await snapshot(caseId)).toBe(before);
  });

  it('refuses a move the state machine does not allow and changes nothing', async () => {
    const { caseId } = await newCase(4);
    const caller = await world.caller(world.a.townAdmin);
    const before = await snapshot(caseId);
    for (const attempt of [
      () => caller.case.accept({ tenantSlug: world.a.town.slug, caseId, expectedVersion: 1 }),
      () => caller.case.close({ tenantSlug: world.a.town.slug, caseId, expectedVersion: 1 }),
      () =>
        caller.case.reopen({
          tenantSlug: world.a.town.slug,
          caseId,
          expectedVersion: 1,
          reason: '再调',
        }),
    ]) {
      const error = await attempt().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TRPCError);
      expect([(error as TRPCError).code, (error as TRPCError).message]).toEqual([
        'CONFLICT',
        'CASE_TRANSITION_NOT_ALLOWED',
      ]);
    }
    expect(await snapshot(caseId)).toBe(before);
  });

  it('insists on a reason where the action needs one', async () => {
    const { caseId } = await newCase(5);
    const caller = await world.caller(world.a.townAdmin);
    const error = await caller.case
      .route({ tenantSlug: world.a.town.slug, caseId, expectedVersion: 1, tierLevel: 1 })
      .catch((caught: unknown) => caught);
    expect((error as TRPCError).message).toBe('VALIDATION_FAILED');
    expect((error as TRPCError).cause).toMatchObject({
      details: { fields: [{ path: 'reason', reason: 'required_for_override' }] },
    });
    const routed = await caller.case.route({
      tenantSlug: world.a.town.slug,
      caseId,
      expectedVersion: 1,
      tierLevel: 1,
      reason: '涉及多个村，需县中心牵头',
    });
    expect(routed).toEqual({ caseId, status: 'routed', version: 2 });
    const timeline = await caller.case.timeline({ tenantSlug: world.a.town.slug, caseId });
    expect(timeline.at(-1)).toMatchObject({
      kind: 'route',
      fromStatus: 'registered',
      toStatus: 'routed',
      reason: '涉及多个村，需县中心牵头',
      detail: { override: true, changes: { tierLevel: { from: 2, to: 1 } } },
    });
  });
});

describe('case numbers', () => {
  it('stay unique and gapless under 50 concurrent intakes', async () => {
    const callers = await Promise.all(
      Array.from({ length: 50 }, () => callerWith(world, world.b.townAdmin, { db: pool.db })),
    );
    const results = await Promise.all(
      callers.map((caller, index) => caller.case.register(intakeForm(world.b, 100 + index))),
    );
    const sequences = results
      .map((result) => Number(/第(\d+)号/.exec(result.caseNumber)?.[1]))
      .sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(results.map((result) => result.caseNumber)).size).toBe(50);
  });

  it('give a rolled-back intake its number back', async () => {
    const [town] = await database.owner.db
      .select()
      .from(tenant)
      .where(eq(tenant.id, world.b.town.id));
    const { tenantSlug: _slug, ...form } = intakeForm(world.b, 200);
    const scope = { userId: world.b.townAdmin.userId, tenantIds: [world.b.town.id], caseIds: [] };
    const rolledBack = await withScope(database.app.db, scope, async (tx) => {
      const made = await registerCase(tx, {
        tenant: town!,
        input: ZRegisterCaseInput.parse(form),
        actorUserId: world.b.townAdmin.userId,
        now: new Date(),
        pii: testPiiKeys,
      });
      // Whatever fails after the number was taken (here: on purpose) rolls the counter back too.
      throw Object.assign(new Error('rolled back'), { made });
    }).catch((error: { made: { caseNumber: string } }) => error.made);
    expect(rolledBack.caseNumber).toMatch(/第0051号$/);
    const caller = await world.caller(world.b.townAdmin);
    const next = await caller.case.register(intakeForm(world.b, 201));
    expect(next.caseNumber).toBe(rolledBack.caseNumber);
  });
});
